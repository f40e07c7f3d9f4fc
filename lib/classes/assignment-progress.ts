import { DEFAULT_MARKING_SCHEME } from "../quiz/marking-scheme";
import { scale, toNumber } from "../quiz/fraction";
import { hasReview, hasTest, type AssignmentKind } from "./inputs";

/** What the database says about one student and one assignment; progress is always derived from this. */
export type AssignmentFacts = {
  kind: AssignmentKind;
  startsAt: Date;
  dueAt: Date;
  totalCards: number;
  reviewedCards: number;
  questionCount: number;
  attempt: { submittedAt: Date | null; score: number | null } | null;
};

export type AssignmentStatus = "upcoming" | "not-started" | "in-progress" | "complete";

export type AssignmentProgress = {
  review: { reviewed: number; total: number; done: boolean } | null;
  test: { state: "not-taken" | "in-progress" | "submitted"; score: number | null; maxMarks: number; done: boolean } | null;
  /** 0..1: the mean of the parts, each counted from 0 (nothing) to 1 (done). */
  completion: number;
  status: AssignmentStatus;
  /** Past the due date and not complete; a late finish clears it. */
  overdue: boolean;
};

/** The most marks a test of `questionCount` questions can earn under the default scheme. */
export function maxMarksFor(questionCount: number): number {
  return toNumber(scale(DEFAULT_MARKING_SCHEME.correct, questionCount));
}

export function assignmentProgress(facts: AssignmentFacts, now: Date): AssignmentProgress {
  const reviewed = Math.min(facts.reviewedCards, facts.totalCards);
  // A set whose topics have no cards has nothing to review, so that part is vacuously done.
  const review = hasReview(facts.kind) ? { reviewed, total: facts.totalCards, done: reviewed >= facts.totalCards } : null;
  const submitted = facts.attempt?.submittedAt != null;
  const test = hasTest(facts.kind)
    ? {
        state: submitted ? ("submitted" as const) : facts.attempt ? ("in-progress" as const) : ("not-taken" as const),
        score: submitted ? (facts.attempt?.score ?? null) : null,
        maxMarks: maxMarksFor(facts.questionCount),
        done: submitted,
      }
    : null;

  const parts: number[] = [];
  if (review) parts.push(review.total === 0 ? 1 : review.reviewed / review.total);
  if (test) parts.push(test.done ? 1 : 0);
  const completion = parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
  const complete = (review?.done ?? true) && (test?.done ?? true);
  const started = reviewed > 0 || facts.attempt !== null;

  const status: AssignmentStatus = complete
    ? "complete"
    : now.getTime() < facts.startsAt.getTime() && !started
      ? "upcoming"
      : started
        ? "in-progress"
        : "not-started";
  return { review, test, completion, status, overdue: !complete && now.getTime() > facts.dueAt.getTime() };
}

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  upcoming: "Not open yet",
  "not-started": "Not started",
  "in-progress": "In progress",
  complete: "Complete",
};
