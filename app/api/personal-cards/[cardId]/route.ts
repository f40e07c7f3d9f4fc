import { apiRoute } from "@/server/http/route";
import { personalCardInputSchema } from "@/lib/personal-cards/card-input";
import { deletePersonalCard, getPersonalCard, updatePersonalCard } from "@/server/personal-cards";

/** One of your cards; anyone else's is a 404. */
export const GET = apiRoute({ access: "student", params: ["cardId"] }, ({ user, params, db }) => getPersonalCard(db, user.id, params.cardId));

/** Rewrites your card in place: its schedule and review history stay. */
export const PUT = apiRoute({ access: "student", body: personalCardInputSchema, params: ["cardId"] }, ({ user, input, params, db }) =>
  updatePersonalCard(db, user.id, params.cardId, input),
);

/** Deletes your card with its schedule and review history (docs/decisions/014-personal-cards.md). */
export const DELETE = apiRoute({ access: "student", params: ["cardId"] }, ({ user, params, db }) => deletePersonalCard(db, user.id, params.cardId));
