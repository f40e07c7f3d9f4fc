import { apiRoute } from "@/server/http/route";
import { personalCardInputSchema, personalCardListQuerySchema } from "@/lib/personal-cards/card-input";
import { createPersonalCard, listPersonalCards } from "@/server/personal-cards";

/** GET /api/personal-cards?page=&topic=&tag=: your own cards, newest first, a page at a time. */
export const GET = apiRoute({ access: "student", query: personalCardListQuerySchema }, ({ user, query, db }) =>
  listPersonalCards(db, user.id, { page: query.page, ...(query.topic ? { topicId: query.topic } : {}), ...(query.tag ? { tag: query.tag } : {}) }),
);

/** POST /api/personal-cards { kind, front, back, hint?, topicId?, factId?, tags? }: adds one card to your queue as a new card. */
export const POST = apiRoute({ access: "student", body: personalCardInputSchema, status: 201 }, ({ user, input, db, now }) =>
  createPersonalCard(db, user.id, input, now),
);
