import { apiRoute } from "@/server/http/route";
import { updateAssignmentSchema } from "@/lib/classes/inputs";
import { updateAssignment } from "@/server/classes/update-assignment";

/** `{ dueAt?, archived? }`: moves the due date, or archives / restores the assignment. */
export const PATCH = apiRoute({ access: "teacher", body: updateAssignmentSchema, params: ["classId", "assignmentId"] }, ({ user, input, params, db, now }) =>
  updateAssignment(db, user.id, params.classId, params.assignmentId, input, now),
);
