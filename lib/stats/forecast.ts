import { studyDayOf } from "@/lib/srs";
import type { StudyClock } from "./bucket-reviews";
import { daysBetween, nextDays } from "./days";

export const FORECAST_DAYS = 30;

export interface DueCount {
  day: string;
  count: number;
}

export interface ForecastDay extends DueCount {
  /** Of `count`, cards that were already due before today (only ever on the first day). */
  overdue: number;
}

/**
 * Cards falling due on each of the next `days` study days, today first. Cards already overdue are
 * due today too, so they are counted there (and reported separately). Later days are left out.
 */
export function dueForecast(rows: readonly DueCount[], today: string, days = FORECAST_DAYS): ForecastDay[] {
  const overdue = rows.filter((r) => daysBetween(r.day, today) > 0).reduce((n, r) => n + r.count, 0);
  const byDay = new Map(rows.map((r) => [r.day, r.count]));
  return nextDays(today, days).map((day, i) => {
    const count = byDay.get(day) ?? 0;
    return i === 0 ? { day, count: count + overdue, overdue } : { day, count, overdue: 0 };
  });
}

/** Study day of each started, unsuspended card's due date: the definition the SQL forecast is tested against. */
export function bucketDue(
  cards: readonly { due: Date; state: string; suspended: boolean }[],
  clock: StudyClock,
): DueCount[] {
  const counts = new Map<string, number>();
  for (const card of cards) {
    if (card.state === "new" || card.suspended) continue;
    const day = studyDayOf(card.due, clock.timeZone, clock.dayStartHour);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts].map(([day, count]) => ({ day, count })).sort((a, b) => a.day.localeCompare(b.day));
}
