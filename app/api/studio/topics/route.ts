import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { createStudioTopicSchema } from "@/server/studio/topic-input";
import { createStudioTopic } from "@/server/studio/topics";

/** `{ title }`: a new draft topic; a teacher's is private to their classes, an editor's is for the public catalogue. */
export const POST = apiRoute({ access: "signed-in", body: createStudioTopicSchema, status: 201 }, ({ user, input, db, now }) => createStudioTopic(db, asStudioUser(user), input, now));
