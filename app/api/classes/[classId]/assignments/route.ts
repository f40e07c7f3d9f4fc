import { apiRoute } from "@/server/http/route";
import { createAssignmentSchema } from "@/lib/classes/inputs";
import { createAssignment } from "@/server/classes/create-assignment";

/** `{ topicSetId, kind, startsAt, dueAt, questionCount?, timeLimitMinutes? }`: assigns a topic set to the class. */
export const POST = apiRoute({ access: "teacher", body: createAssignmentSchema, params: ["classId"], status: 201 }, ({ user, input, params, db, now }) =>
  createAssignment(db, user.id, params.classId, input, now),
);
