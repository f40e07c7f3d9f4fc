import { apiRoute } from "@/server/http/route";
import { resetCard } from "@/server/reviews/reset-card";
import { resetInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/reset { cardId }: the card becomes new again for you (its history is kept). */
export const POST = apiRoute({ access: "student", body: resetInputSchema }, ({ user, input, db, now }) => resetCard(db, user.id, input.cardId, now));
