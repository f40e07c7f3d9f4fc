import { apiRoute } from "@/server/http/route";
import { exportQuerySchema, exportTopicCards } from "@/server/exchange/export-cards";

/** `?format=apkg|csv`: a topic's catalogue cards as a fresh deck, for anyone signed in who may see the topic. */
export const GET = apiRoute({ access: "signed-in", params: ["topicId"], query: exportQuerySchema }, ({ user, params, query, db, now }) =>
  exportTopicCards(db, user.id, params.topicId, query, now),
);
