import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { scoreAttempt } from "@/lib/quiz/score-attempt";
import { toNumber } from "@/lib/quiz/fraction";
import { loadAttemptQuestions } from "./question-bank";
import { findOwnAttempt, isExpired } from "./attempt-access";
import { QUIZ_SCHEME } from "./quiz-config";

export type SubmittedAttempt = { id: string; submittedAt: Date; score: number };

/**
 * Closes an attempt and stores its score. The conditional update (`submittedAt: null`) makes
 * the second of two submits find nothing to close, so it gets a 409 and nothing is scored twice.
 * Submitting after the deadline is allowed (auto-submit may arrive late); answers were already
 * refused at save time once the deadline passed.
 */
export async function submitAttempt(db: Db, userId: string, attemptId: string, now: Date): Promise<SubmittedAttempt> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.submittedAt !== null) throw new AppError("conflict", "This test has already been submitted. Its result is ready.");
  const questions = await loadAttemptQuestions(db, attempt.questionIds);
  // An expired attempt is closed at its deadline, so its record shows when it really ended.
  const submittedAt = isExpired(attempt, now) && attempt.deadline ? attempt.deadline : now;

  return db.$transaction(async (tx) => {
    const closed = await tx.attempt.updateMany({ where: { id: attemptId, userId, submittedAt: null }, data: { submittedAt } });
    if (closed.count === 0) throw new AppError("conflict", "This test has already been submitted. Its result is ready.");
    // Read after the update took the row lock: every answer saved before the close is seen.
    const answers = await tx.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, chosenIndex: true } });
    const score = toNumber(scoreAttempt(questions, answers, QUIZ_SCHEME).marks);
    await tx.attempt.update({ where: { id: attemptId }, data: { score } });
    return { id: attemptId, submittedAt, score };
  });
}

/** Closes an attempt whose time ran out while nobody was there to submit it; a no-op otherwise. */
export async function closeIfExpired(db: Db, userId: string, attemptId: string, now: Date): Promise<void> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (attempt.submittedAt !== null || !isExpired(attempt, now)) return;
  await submitAttempt(db, userId, attemptId, now).catch((error: unknown) => {
    // Another request closed it first: that is the outcome we wanted.
    if (!(error instanceof AppError && error.code === "conflict")) throw error;
  });
}
