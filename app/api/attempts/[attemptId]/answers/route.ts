import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { saveAnswer, saveAnswerSchema } from "@/server/quiz/save-answer";

type Context = { params: Promise<{ attemptId: string }> };

/** `{ questionId, chosenIndex, marked?, timeSpentMs?, currentIndex? }`: saves (upserts) one answer. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    const body = await parseJsonBody(request, saveAnswerSchema);
    return saveAnswer(await getDb(), user.id, attemptId, body, new Date());
  });
}
