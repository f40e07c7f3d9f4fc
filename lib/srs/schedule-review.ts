import { default_w, forgetting_curve, fsrs, Rating, S_MIN, type FSRS } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type CardSchedule } from "./card-state";
import { formatInterval } from "@/lib/format/durations";
import { buildReviewLog, GRADE_NAMES, GRADES, toFsrsLog, type Grade, type ReviewLogEntry } from "./review-log";
import type { StudySettings } from "./settings";

/** A configured FSRS-6 scheduler. Build one per request from the student's settings. */
export interface Scheduler {
  readonly engine: FSRS;
}

export interface ScheduledReview {
  next: CardSchedule;
  log: ReviewLogEntry;
}

export interface IntervalPreview {
  rating: Grade;
  name: (typeof GRADE_NAMES)[Grade];
  due: Date;
  /** The card's state after this answer: tells the screen which count the card moves to. */
  state: CardSchedule["state"];
  /** Same text formatInterval gives for `due - now`. */
  label: string;
}

const FSRS_GRADE: Record<Grade, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

/**
 * Fuzz spreads long intervals a little so cards learnt together do not stay due together. ts-fsrs seeds
 * it from the review time and the card's state, so a preview and the real answer agree, and the result
 * is a pure function of its inputs.
 */
export function createScheduler(settings: StudySettings, options: { fuzz: boolean }): Scheduler {
  return {
    engine: fsrs({
      request_retention: settings.desiredRetention,
      enable_fuzz: options.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps,
      relearning_steps: settings.relearningSteps,
      // Empty means the FSRS-6 defaults; otherwise the student's optimized weights.
      ...(settings.fsrsParameters.length > 0 ? { w: settings.fsrsParameters } : {}),
    }),
  };
}

/**
 * Applies one answer. Always pass the real time of the answer, also when a card is studied ahead of
 * schedule: FSRS derives recall from the days actually elapsed since the last review, so an early
 * review is credited as an early review (small stability gain) and never pushes the card into the past.
 */
export function scheduleReview(
  schedule: CardSchedule,
  rating: Grade,
  now: Date,
  scheduler: Scheduler,
): ScheduledReview {
  const grade = FSRS_GRADE[rating];
  if (grade === undefined) throw new RangeError(`Rating must be 1, 2, 3 or 4, got ${String(rating)}`);
  if (schedule.lastReview && now.getTime() < schedule.lastReview.getTime()) {
    throw new RangeError("A review cannot happen before the card's last review");
  }
  const { card, log } = scheduler.engine.next(toFsrsCard(schedule), now, grade);
  return { next: fromFsrsCard(card), log: buildReviewLog(schedule, rating, log) };
}

/** What each answer button would do, computed by scheduleReview itself so the labels cannot drift. */
export function previewIntervals(schedule: CardSchedule, now: Date, scheduler: Scheduler): IntervalPreview[] {
  return GRADES.map((rating) => {
    const { due, state } = scheduleReview(schedule, rating, now, scheduler).next;
    return { rating, name: GRADE_NAMES[rating], due, state, label: formatInterval(due.getTime() - now.getTime()) };
  });
}

// rollback ignores every parameter, so one engine serves all students.
const rollbackEngine = fsrs();

/**
 * Undoes the review that produced `next` with `log`, giving back the card as it was.
 * ts-fsrs's rollback sets `due` to the review time (exact only when the card was answered on time),
 * so the due date is restored from the log instead.
 */
export function rollbackReview(next: CardSchedule, log: ReviewLogEntry): CardSchedule {
  if (next.lastReview?.getTime() !== log.reviewedAt.getTime()) {
    throw new Error("This review log is not the latest review of the card, so it cannot be undone");
  }
  const previous = fromFsrsCard(rollbackEngine.rollback(toFsrsCard(next), toFsrsLog(log)));
  return { ...previous, due: new Date(log.due) };
}

const DAY_MS = 86_400_000;

/**
 * Probability of recall now, 0..1, or null for a card never studied (it has no memory to decay).
 * Uses fractional days, unlike ts-fsrs's get_retrievability which floors to whole days, so cards
 * reviewed on the same day still sort by how long ago they were seen.
 */
export function retrievability(schedule: CardSchedule, now: Date, weights?: Scheduler | readonly number[]): number | null {
  if (schedule.state === "new" || schedule.lastReview === null) return null;
  const elapsed = Math.max(0, now.getTime() - schedule.lastReview.getTime()) / DAY_MS;
  const w = weights === undefined ? default_w : "engine" in weights ? weights.engine.parameters.w : weights.length > 0 ? weights : default_w;
  return forgetting_curve(w, elapsed, Math.max(schedule.stability, S_MIN));
}
