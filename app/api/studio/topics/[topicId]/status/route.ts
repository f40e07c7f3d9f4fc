import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { studioStatusSchema } from "@/server/studio/topic-input";
import { setStudioStatus } from "@/server/studio/topics";

/** `{ status: "draft" | "in_review", baseVersion }`. */
export const POST = apiRoute({ access: "signed-in", body: studioStatusSchema, params: ["topicId"] }, ({ user, input, params, db }) =>
  setStudioStatus(db, asStudioUser(user), params.topicId, input),
);
