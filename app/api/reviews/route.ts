import { apiRoute } from "@/server/http/route";
import { gradeCard } from "@/server/reviews/grade-card";
import { gradeInputSchema } from "@/server/reviews/review-inputs";

/**
 * POST /api/reviews: record one answer { reviewId, cardId, rating, baseVersion, durationMs }. The hot
 * path: the session is read in the grade's own first query (deferSession), so a grade is two round trips.
 */
export const POST = apiRoute({ access: "student", body: gradeInputSchema, deferSession: true }, ({ session, input, db, now }) => gradeCard(db, session, input, now));
