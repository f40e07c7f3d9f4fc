import { z } from "zod";
import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { publishStudioTopic } from "@/server/studio/topics";

/** `{ baseVersion }`: publishes the saved version in one transaction; refused while any check is red. */
export const POST = apiRoute({ access: "signed-in", body: z.strictObject({ baseVersion: z.number().int().min(1) }), params: ["topicId"] }, ({ user, input, params, db, now }) =>
  publishStudioTopic(db, asStudioUser(user), params.topicId, input, now),
);
