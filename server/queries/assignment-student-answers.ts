import "server-only";
import type { Db } from "@/server/db";
import { getAttemptResult, type AttemptResult } from "./quiz-result";

export type StudentAnswers = { studentName: string; topicSetName: string; className: string; result: AttemptResult | null };

/**
 * A student's answers on one assignment's test, for the class's teacher: the same result the
 * student sees. Null when the class, assignment or student is not the teacher's (a 404);
 * `result` null when the student has no submitted test yet.
 */
export async function getStudentAssignmentAnswers(
  db: Db,
  input: { teacherId: string; classId: string; assignmentId: string; studentId: string },
  now: Date,
): Promise<StudentAnswers | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, classId: input.classId, class: { teacherId: input.teacherId, members: { some: { studentId: input.studentId } } } },
    select: { topicSet: { select: { name: true } }, class: { select: { name: true } } },
  });
  if (!assignment) return null;
  const student = await db.user.findUniqueOrThrow({ where: { id: input.studentId }, select: { name: true } });
  const first = await db.attempt.findFirst({
    where: { assignmentId: input.assignmentId, userId: input.studentId },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { id: true, submittedAt: true },
  });
  const result = first?.submittedAt ? await getAttemptResult(db, input.studentId, first.id, now) : null;
  return { studentName: student.name, topicSetName: assignment.topicSet.name, className: assignment.class.name, result };
}
