import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute } from "@/server/http";
import { startAssignmentTest } from "@/server/classes/start-assignment-test";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

/** A student starts the assignment's test, or resumes the attempt they already have: `{ attemptId, url, resumed }`. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const student = await requireRole("student", request);
    const { classId, assignmentId } = await params;
    return startAssignmentTest(await getDb(), student.id, classId, assignmentId, new Date());
  });
}
