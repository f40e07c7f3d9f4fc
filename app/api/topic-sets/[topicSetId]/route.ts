import { apiRoute } from "@/server/http/route";
import { topicSetSchema } from "@/lib/classes/inputs";
import { updateTopicSet } from "@/server/classes/update-topic-set";
import { deleteTopicSet } from "@/server/classes/delete-topic-set";

/** `{ name, topicIds, questionIds? }`: replaces the set's name and selection. */
export const PATCH = apiRoute({ access: "teacher", body: topicSetSchema, params: ["topicSetId"] }, ({ user, input, params, db }) => updateTopicSet(db, user.id, params.topicSetId, input));

/** Deletes a topic set no assignment uses. */
export const DELETE = apiRoute({ access: "teacher", params: ["topicSetId"] }, async ({ user, params, db }) => {
  await deleteTopicSet(db, user.id, params.topicSetId);
  return { deleted: true };
});
