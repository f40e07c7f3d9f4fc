import "server-only";
import { z } from "zod";
import { cardScheduleSchema, gradeSchema, type CardSchedule, type ReviewLogEntry } from "@/lib/srs";
import type { CardState, ReviewLog } from "@/server/generated/prisma/client";

type ScheduleColumns = Pick<
  CardState,
  "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview"
>;

/** The FSRS schedule stored in a CardState row. */
export function scheduleFromRow(row: ScheduleColumns): CardSchedule {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview ? new Date(row.lastReview) : null,
  };
}

/** The CardState columns that hold a schedule, ready for a Prisma create or update. */
export function scheduleColumns(schedule: CardSchedule): ScheduleColumns {
  return { ...schedule, due: new Date(schedule.due), lastReview: schedule.lastReview ? new Date(schedule.lastReview) : null };
}

/**
 * A card whose fact was superseded must be relearnt: the queue treats it as due now (never later
 * than its real due date), while the stored schedule stays untouched so an undo is exact.
 */
export function queueSchedule(row: ScheduleColumns & { needsRelearn: boolean }, now: Date): CardSchedule {
  const schedule = scheduleFromRow(row);
  if (row.needsRelearn && schedule.state !== "new" && schedule.due > now) schedule.due = new Date(now);
  return schedule;
}

/**
 * What ReviewLog.previous holds: the card exactly as it was before the answer (for undo), whether the
 * row existed, the flags the answer cleared, and the schedule it produced (so a repeated request with
 * the same review id can return the very same result without recomputing it).
 */
export const previousSnapshotSchema = z.object({
  schedule: cardScheduleSchema,
  hadRow: z.boolean(),
  needsRelearn: z.boolean(),
  learningSteps: z.number().int().min(0),
  lastElapsedDays: z.number().int().min(0),
  lastReview: z.coerce.date().nullable(),
  next: cardScheduleSchema,
});
export type PreviousSnapshot = z.output<typeof previousSnapshotSchema>;

const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const scheduleJson = (s: CardSchedule) => ({ ...s, due: s.due.toISOString(), lastReview: isoOrNull(s.lastReview) });

export function encodePrevious(snapshot: PreviousSnapshot) {
  return {
    ...snapshot,
    schedule: scheduleJson(snapshot.schedule),
    next: scheduleJson(snapshot.next),
    lastReview: isoOrNull(snapshot.lastReview),
  };
}

export function decodePrevious(json: unknown): PreviousSnapshot {
  return previousSnapshotSchema.parse(json);
}

/** lib/srs's view of a stored ReviewLog row: enough for rollbackReview to rebuild the card. */
export function reviewLogEntryFromRow(
  row: Pick<ReviewLog, "rating" | "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "reviewedAt" | "previous">,
): ReviewLogEntry {
  const previous = decodePrevious(row.previous);
  return {
    rating: gradeSchema.parse(row.rating),
    state: row.state,
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    reviewedAt: new Date(row.reviewedAt),
    learningSteps: previous.learningSteps,
    lastElapsedDays: previous.lastElapsedDays,
    lastReview: previous.lastReview,
  };
}

/**
 * A schedule good only for ordering the queue (state, due date, recall), built from the lean rows the
 * queue reads for the whole due set. Never schedule or preview with it: the other fields are zero.
 */
export function orderingSchedule(
  row: { state: CardState["state"]; dueMs: number; stability: number; lastReviewMs: number | null; needsRelearn: boolean },
  now: Date,
): CardSchedule {
  const relearnNow = row.needsRelearn && row.state !== "new" && row.dueMs > now.getTime();
  return {
    due: new Date(relearnNow ? now.getTime() : row.dueMs),
    stability: row.stability,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: row.state,
    lastReview: row.lastReviewMs === null ? null : new Date(row.lastReviewMs),
  };
}
