/** UPSC Prelims allows 2 hours for 100 questions: 1.2 minutes (72 seconds) each. */
export const MS_PER_QUESTION = 72_000;

/** Default time limit for a mock test, in milliseconds. */
export function defaultTimeLimit(questionCount: number): number {
  if (!Number.isInteger(questionCount) || questionCount < 0) {
    throw new RangeError(`questionCount must be a whole number of at least 0, got ${questionCount}`);
  }
  return questionCount * MS_PER_QUESTION;
}

/** When a test started at `startedAt` with `limitMs` allowed must be finished. */
export function deadlineFor(startedAt: Date, limitMs: number): Date {
  assertValidDate(startedAt, "startedAt");
  if (!Number.isFinite(limitMs) || limitMs < 0) throw new RangeError("limitMs must be a finite number of at least 0");
  return new Date(startedAt.getTime() + limitMs);
}

/**
 * Whether an answer counts. The grace period absorbs network delay between the student's click
 * and the server's clock; the boundary itself (exactly deadline + grace) is still accepted.
 */
export function isAnswerAccepted(answeredAt: Date, deadline: Date, graceMs: number): boolean {
  assertValidDate(answeredAt, "answeredAt");
  assertValidDate(deadline, "deadline");
  if (!Number.isFinite(graceMs) || graceMs < 0) throw new RangeError("graceMs must be a finite number of at least 0");
  return answeredAt.getTime() <= deadline.getTime() + graceMs;
}

function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} must be a valid date`);
}
