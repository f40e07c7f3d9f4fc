import { apiRoute } from "@/server/http/route";
import { startAssignmentTest } from "@/server/classes/start-assignment-test";

/** A student starts the assignment's test, or resumes the attempt they already have: `{ attemptId, url, resumed }`. */
export const POST = apiRoute({ access: "student", params: ["classId", "assignmentId"] }, ({ user, params, db, now }) =>
  startAssignmentTest(db, user.id, params.classId, params.assignmentId, now),
);
