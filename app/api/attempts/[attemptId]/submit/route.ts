import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute } from "@/server/http";
import { submitAttempt } from "@/server/quiz/submit-attempt";

type Context = { params: Promise<{ attemptId: string }> };

/** Closes the attempt and scores it; a second submit is a 409. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    const done = await submitAttempt(await getDb(), user.id, attemptId, new Date());
    return { id: done.id, submittedAt: done.submittedAt.toISOString(), score: done.score };
  });
}
