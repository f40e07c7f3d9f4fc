import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { saveStudioTopicSchema } from "@/server/studio/topic-input";
import { saveStudioTopic } from "@/server/studio/topics";

/** `{ document, baseVersion }`: saves a new draft version. */
export const PUT = apiRoute({ access: "signed-in", body: saveStudioTopicSchema, params: ["topicId"] }, ({ user, input, params, db }) =>
  saveStudioTopic(db, asStudioUser(user), params.topicId, input),
);
