import { apiRoute } from "@/server/http/route";
import { topicSetSchema } from "@/lib/classes/inputs";
import { createTopicSet } from "@/server/classes/create-topic-set";

/** `{ name, topicIds, questionIds? }`: a reusable selection of topics (and optionally questions). */
export const POST = apiRoute({ access: "teacher", body: topicSetSchema, status: 201 }, ({ user, input, db, now }) => createTopicSet(db, user.id, input, now));
