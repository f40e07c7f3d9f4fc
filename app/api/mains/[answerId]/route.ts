import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { getMainsAnswerView } from "@/server/queries/quiz-mains";
import { mainsTextSchema, saveMainsDraft } from "@/server/quiz/mains/save-mains-draft";

type Context = { params: Promise<{ answerId: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { answerId } = await params;
    return getMainsAnswerView(await getDb(), user.id, answerId);
  });
}

/** `{ text }`: autosaves the whole draft. */
export async function PUT(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { answerId } = await params;
    const body = await parseJsonBody(request, mainsTextSchema);
    return saveMainsDraft(await getDb(), user.id, answerId, body, new Date());
  });
}
