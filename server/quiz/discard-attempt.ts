import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findOwnAttempt } from "./attempt-access";

/**
 * Deletes an abandoned attempt (never submitted) with its answers. One conditional DELETE, so a
 * submit racing it either lands first (and the delete finds nothing) or finds no attempt to submit.
 * Submitted attempts are history and attempts for a teacher's assignment are the teacher's record,
 * so neither can be discarded.
 */
export async function discardAttempt(db: Db, userId: string, attemptId: string): Promise<{ id: string; discarded: true }> {
  const { count } = await db.attempt.deleteMany({ where: { id: attemptId, userId, submittedAt: null, assignmentId: null } });
  if (count === 1) return { id: attemptId, discarded: true };
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.assignmentId !== null) throw new AppError("conflict", "This test belongs to a class assignment, so your teacher keeps it. It cannot be discarded.");
  throw new AppError("conflict", "This test was submitted, so it stays in your history and cannot be discarded.");
}
