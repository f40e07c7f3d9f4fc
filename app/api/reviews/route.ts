import { apiRoute } from "@/server/http/route";
import { gradeCard } from "@/server/reviews/grade-card";
import { gradeInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews: record one answer { reviewId, cardId, rating, baseVersion, durationMs }. */
export const POST = apiRoute({ access: "student", body: gradeInputSchema }, ({ user, input, db, now }) => gradeCard(db, user.id, input, now));
