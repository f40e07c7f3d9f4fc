import type { ReviewLog } from "ts-fsrs";
import type { Grade } from "./grades";
import { toFsrsState, type CardSchedule, type CardStateName } from "./card-state";

export { GRADES, GRADE_NAMES, type Grade } from "./grades";

/**
 * One answered review. Card fields describe the card as it was BEFORE the review (as in ts-fsrs),
 * which is what undo needs. The first eight fields match the ReviewLog table columns; `learningSteps`,
 * `lastElapsedDays` and `lastReview` are needed only for an exact undo.
 */
export interface ReviewLogEntry {
  rating: Grade;
  state: CardStateName;
  due: Date;
  stability: number;
  difficulty: number;
  /** Whole days since the previous review, as FSRS counted them for this review. */
  elapsedDays: number;
  scheduledDays: number;
  reviewedAt: Date;
  learningSteps: number;
  lastElapsedDays: number;
  lastReview: Date | null;
}

export function buildReviewLog(before: CardSchedule, rating: Grade, fsrsLog: ReviewLog): ReviewLogEntry {
  return {
    rating,
    state: before.state,
    due: new Date(before.due),
    stability: before.stability,
    difficulty: before.difficulty,
    elapsedDays: fsrsLog.elapsed_days,
    scheduledDays: before.scheduledDays,
    reviewedAt: new Date(fsrsLog.review),
    learningSteps: before.learningSteps,
    lastElapsedDays: before.elapsedDays,
    lastReview: before.lastReview ? new Date(before.lastReview) : null,
  };
}

/** ts-fsrs keeps the previous last review (or, for a new card, the due date) in its log's `due`. */
export function toFsrsLog(log: ReviewLogEntry): ReviewLog {
  return {
    rating: log.rating,
    state: toFsrsState(log.state),
    due: new Date(log.lastReview ?? log.due),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsed_days: log.elapsedDays,
    last_elapsed_days: log.lastElapsedDays,
    scheduled_days: log.scheduledDays,
    learning_steps: log.learningSteps,
    review: new Date(log.reviewedAt),
  };
}
