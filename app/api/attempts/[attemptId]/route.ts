import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { getAttemptView } from "@/server/queries/quiz-attempt";
import { discardAttempt } from "@/server/quiz/discard-attempt";
import { moveSchema, moveToQuestion } from "@/server/quiz/move-to-question";

type Context = { params: Promise<{ attemptId: string }> };

/** The attempt as its owner may see it (no correct answers before they are final). */
export async function GET(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    return getAttemptView(await getDb(), user.id, attemptId, new Date());
  });
}

/** `{ currentIndex }`: remembers the question on screen. */
export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    const body = await parseJsonBody(request, moveSchema);
    return moveToQuestion(await getDb(), user.id, attemptId, body, new Date());
  });
}

/** Throws away an abandoned (never submitted) attempt that is not for an assignment. */
export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    return discardAttempt(await getDb(), user.id, attemptId);
  });
}
