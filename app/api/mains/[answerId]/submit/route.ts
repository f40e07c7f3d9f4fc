import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { mainsTextSchema } from "@/server/quiz/mains/save-mains-draft";
import { submitMainsAnswer } from "@/server/quiz/mains/submit-mains-answer";

type Context = { params: Promise<{ answerId: string }> };

/** `{ text }`: finishes the answer with this final text; the framework and rubric open after. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { answerId } = await params;
    const body = await parseJsonBody(request, mainsTextSchema);
    return submitMainsAnswer(await getDb(), user.id, answerId, body, new Date());
  });
}
