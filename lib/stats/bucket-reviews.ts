import { studyDayOf } from "@/lib/srs";
import { emptyDay, type DayActivity } from "./daily-activity";
import { retentionClass } from "./retention";

/** One ReviewLog row, as much of it as the statistics read. */
export interface RawReviewLog {
  reviewedAt: Date;
  rating: number;
  /** The card's state before the answer. */
  state: string;
  /** The interval the card had before the answer. */
  scheduledDays: number;
  durationMs: number;
  undoneAt: Date | null;
}

export interface StudyClock {
  timeZone: string;
  dayStartHour: number;
}

/**
 * The per-day figures straight from raw logs, oldest day first. The statistics page gets the same
 * figures from one GROUP BY in SQL (it must not load 200,000 logs); this is the definition that
 * query is tested against.
 */
export function bucketReviews(logs: readonly RawReviewLog[], clock: StudyClock): DayActivity[] {
  const days = new Map<string, DayActivity>();
  for (const log of logs) {
    if (log.undoneAt !== null) continue;
    const day = studyDayOf(log.reviewedAt, clock.timeZone, clock.dayStartHour);
    const row = days.get(day) ?? emptyDay(day);
    row.reviews += 1;
    row.durationMs += log.durationMs;
    const passed = log.rating > 1 ? 1 : 0;
    const kind = retentionClass(log);
    if (kind === "young") {
      row.youngTotal += 1;
      row.youngPassed += passed;
    } else if (kind === "mature") {
      row.matureTotal += 1;
      row.maturePassed += passed;
    }
    days.set(day, row);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}
