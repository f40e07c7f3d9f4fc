import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { undoReview } from "@/server/reviews/undo-review";
import { undoInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/undo: take back one of your answers { reviewId }. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const input = await parseJsonBody(request, undoInputSchema);
    return undoReview(await getDb(), user.id, input, new Date());
  });
}
