import { apiRoute } from "@/server/http/route";
import { setCardFlags } from "@/server/reviews/set-card-flags";
import { cardFlagsInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/flags: suspend or flag a card for yourself { cardId, suspended?, flagged? }. */
export const POST = apiRoute({ access: "student", body: cardFlagsInputSchema }, ({ user, input, db, now }) => setCardFlags(db, user.id, input, now));
