import { z } from "zod";
import type { ReviewLog } from "ts-fsrs";
import type { Grade } from "./grades";
import { CARD_STATE_NAMES, toFsrsState, type CardSchedule, type CardStateName } from "./card-state";

export { GRADES, GRADE_NAMES, type Grade } from "./grades";

export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
});

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

export const reviewLogEntrySchema = z.object({
  rating: gradeSchema,
  state: z.enum(CARD_STATE_NAMES),
  due: z.coerce.date(),
  stability: z.number().min(0),
  difficulty: z.number().min(0).max(10),
  elapsedDays: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
  reviewedAt: z.coerce.date(),
  learningSteps: z.number().int().min(0),
  lastElapsedDays: z.number().int().min(0),
  lastReview: z.coerce.date().nullable(),
});

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
