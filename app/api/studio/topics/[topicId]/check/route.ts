import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { checkDocumentSchema } from "@/server/studio/topic-input";
import { checkOwnStudioTopic } from "@/server/studio/topics";

/** `{ document }`: the content rules and the copy check on unsaved text, for messages beside each field. */
export const POST = apiRoute({ access: "signed-in", body: checkDocumentSchema, params: ["topicId"] }, ({ user, input, params, db }) =>
  checkOwnStudioTopic(db, asStudioUser(user), params.topicId, input.document),
);
