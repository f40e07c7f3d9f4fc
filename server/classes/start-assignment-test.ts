import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { startAttempt } from "@/server/quiz/start-attempt";
import { formatDueDate } from "@/lib/format/dates";
import { getUserTimeZone } from "@/server/queries/user-time-zone";
import { noAssignment } from "./not-found";
import { isUniqueViolation } from "@/server/db/unique-violation";

export type AssignmentAttempt = { attemptId: string; resumed: boolean; url: string };

const attemptUrl = (id: string) => `/practice/attempts/${encodeURIComponent(id)}`;

/**
 * Starts the assignment's test for a student in its class, or hands back the attempt they
 * already have: one attempt per student per assignment, on the questions frozen at assignment.
 */
export async function startAssignmentTest(db: Db, studentId: string, classId: string, assignmentId: string, now: Date): Promise<AssignmentAttempt> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, archivedAt: null, class: { members: { some: { studentId } } } },
    select: { id: true, kind: true, startsAt: true, questionIds: true, timeLimitMinutes: true },
  });
  if (!assignment) throw noAssignment();
  if (assignment.kind === "review" || assignment.questionIds.length === 0) {
    throw new AppError("invalid_input", "This assignment has no test: it asks you to review its cards.");
  }

  const existing = () => db.attempt.findMany({ where: { userId: studentId, assignmentId }, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: { id: true } });
  const before = await existing();
  if (before[0]) return { attemptId: before[0].id, resumed: true, url: attemptUrl(before[0].id) };

  if (now.getTime() < assignment.startsAt.getTime()) {
    throw new AppError("conflict", `This test opens on ${formatDueDate(assignment.startsAt, await getUserTimeZone(db, studentId))}.`);
  }

  try {
    const started = await startAttempt(
      db,
      studentId,
      { mode: "mock", questionIds: assignment.questionIds, timeLimitMs: assignment.timeLimitMinutes ? assignment.timeLimitMinutes * 60_000 : null, assignmentId },
      now,
    );
    return { attemptId: started.id, resumed: false, url: attemptUrl(started.id) };
  } catch (error) {
    // Two tabs started at once: the unique (user, assignment) index let one in; the other joins it.
    if (!isUniqueViolation(error)) throw error;
    const winner = (await existing())[0];
    if (!winner) throw error;
    return { attemptId: winner.id, resumed: true, url: attemptUrl(winner.id) };
  }
}
