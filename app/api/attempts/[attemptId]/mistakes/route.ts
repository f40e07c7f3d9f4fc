import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute } from "@/server/http";
import { addMistakesToReview } from "@/server/quiz/mistakes-to-review";

type Context = { params: Promise<{ attemptId: string }> };

/** Turns the facts behind every wrong answer into flashcards due in today's review. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { attemptId } = await params;
    return addMistakesToReview(await getDb(), user.id, attemptId, new Date());
  });
}
