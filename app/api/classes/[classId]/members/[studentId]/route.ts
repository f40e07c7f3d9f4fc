import { apiRoute } from "@/server/http/route";
import { removeStudent } from "@/server/classes/remove-student";

/** Removes a student from the class; their own study history stays with them. */
export const DELETE = apiRoute({ access: "teacher", params: ["classId", "studentId"] }, async ({ user, params, db }) => {
  await removeStudent(db, user.id, params.classId, params.studentId);
  return { removed: true };
});
