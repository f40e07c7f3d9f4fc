import { apiRoute } from "@/server/http/route";
import { serverEnv } from "@/server/env";
import { issueStudentResetLink } from "@/server/classes/issue-student-reset-link";

/** POST: a one-time password reset link for a student of the teacher's class. */
export const POST = apiRoute({ access: "teacher", params: ["classId", "studentId"], status: 201 }, ({ user, params, db, now }) =>
  issueStudentResetLink(db, { teacherId: user.id, classId: params.classId, studentId: params.studentId, appUrl: serverEnv().APP_URL }, now),
);
