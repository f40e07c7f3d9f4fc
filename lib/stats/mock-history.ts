import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { toNumber } from "@/lib/quiz/fraction";
import type { MarkingScheme } from "@/lib/quiz/marking-scheme";
import { scoreAttempt, type AttemptAnswer } from "@/lib/quiz/score-attempt";

export interface SubmittedMock {
  attemptId: string;
  submittedAt: Date;
  questions: readonly PrelimsQuestion[];
  answers: readonly AttemptAnswer[];
}

export interface MockPoint {
  attemptId: string;
  submittedAt: Date;
  questions: number;
  correct: number;
  wrong: number;
  blank: number;
  marks: number;
  maxMarks: number;
  /** marks / maxMarks; can be below zero when wrong answers outweigh right ones. */
  scoreShare: number;
  /** correct / attempted; null when every question was left blank. */
  accuracy: number | null;
  /** Marks deducted for wrong answers, as a positive number (already taken off `marks`). */
  marksLost: number;
}

/**
 * One point per submitted mock test, oldest first, scored again from the stored answers with the
 * same lib/quiz rules the test itself used, so the chart cannot disagree with the result page.
 */
export function mockHistory(attempts: readonly SubmittedMock[], scheme: MarkingScheme): MockPoint[] {
  return [...attempts]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.attemptId.localeCompare(b.attemptId))
    .map((attempt) => {
      const score = scoreAttempt(attempt.questions, attempt.answers, scheme);
      const marks = toNumber(score.marks);
      const maxMarks = toNumber(score.maxMarks);
      return {
        attemptId: attempt.attemptId,
        submittedAt: attempt.submittedAt,
        questions: score.questions,
        correct: score.correct,
        wrong: score.wrong,
        blank: score.blank,
        marks,
        maxMarks,
        scoreShare: maxMarks === 0 ? 0 : marks / maxMarks,
        accuracy: score.accuracy,
        marksLost: toNumber(score.marksLostToPenalty),
      };
    });
}
