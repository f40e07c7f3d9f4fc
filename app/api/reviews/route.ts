import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { gradeCard } from "@/server/reviews/grade-card";
import { gradeInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews: record one answer { reviewId, cardId, rating, baseVersion, durationMs }. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const input = await parseJsonBody(request, gradeInputSchema);
    return gradeCard(await getDb(), user.id, input, new Date());
  });
}
