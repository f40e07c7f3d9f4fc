import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { isAnswerAccepted } from "@/lib/quiz/deadline";
import { GRACE_MS } from "./quiz-config";

export type AttemptRow = {
  id: string;
  userId: string;
  mode: "practice" | "mock";
  topicIds: string[];
  questionIds: string[];
  startedAt: Date;
  deadline: Date | null;
  submittedAt: Date | null;
  currentIndex: number;
  assignmentId: string | null;
};

const attemptSelect = {
  id: true,
  userId: true,
  mode: true,
  topicIds: true,
  questionIds: true,
  startedAt: true,
  deadline: true,
  submittedAt: true,
  currentIndex: true,
  assignmentId: true,
} as const;

/**
 * The attempt if it belongs to this user. Someone else's attempt gets the same 404 as a
 * missing one, so ids cannot be probed.
 */
export async function findOwnAttempt(db: Db | DbTransaction, userId: string, attemptId: string): Promise<AttemptRow> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, select: attemptSelect });
  if (!attempt) throw new AppError("not_found", "There is no such test or practice session on your account.");
  return attempt;
}

/** Past the deadline and its grace period: nothing more can be counted. */
export function isExpired(attempt: Pick<AttemptRow, "deadline">, now: Date): boolean {
  return attempt.deadline !== null && !isAnswerAccepted(now, attempt.deadline, GRACE_MS);
}

export function isFinished(attempt: Pick<AttemptRow, "deadline" | "submittedAt">, now: Date): boolean {
  return attempt.submittedAt !== null || isExpired(attempt, now);
}

/** Throws the right 4xx when the attempt can no longer change. */
export function assertOpen(attempt: Pick<AttemptRow, "deadline" | "submittedAt">, now: Date): void {
  if (attempt.submittedAt !== null) {
    throw new AppError("conflict", "This test has already been submitted, so its answers can no longer change.");
  }
  if (isExpired(attempt, now)) {
    throw new AppError("gone", "Time is up: the deadline for this test has passed, so answers sent now are not counted. Submit to see your result.");
  }
}

/**
 * Locks the attempt row for the rest of the transaction, if it is still open. Saving an answer
 * and submitting both take this lock, so an answer can never land after the score was computed.
 */
export async function lockOpenAttempt(tx: DbTransaction, userId: string, attemptId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Attempt" WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "submittedAt" IS NULL FOR UPDATE`;
  return rows.length === 1;
}
