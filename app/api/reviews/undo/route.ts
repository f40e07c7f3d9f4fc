import { apiRoute } from "@/server/http/route";
import { undoReview } from "@/server/reviews/undo-review";
import { undoInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/undo: take back one of your answers { reviewId }. */
export const POST = apiRoute({ access: "student", body: undoInputSchema }, ({ user, input, db, now }) => undoReview(db, user.id, input, now));
