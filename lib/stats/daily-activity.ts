import { lastDays } from "./days";

/** Everything the statistics need about one study day of reviews (undone answers excluded). */
export interface DayActivity {
  day: string;
  reviews: number;
  durationMs: number;
  /** Answers to cards in the review state whose interval was under 21 days, and how many were not Again. */
  youngTotal: number;
  youngPassed: number;
  matureTotal: number;
  maturePassed: number;
}

export const emptyDay = (day: string): DayActivity => ({
  day,
  reviews: 0,
  durationMs: 0,
  youngTotal: 0,
  youngPassed: 0,
  matureTotal: 0,
  maturePassed: 0,
});

/** The `count` days ending `today`, oldest first, with days without reviews filled in as zeros. */
export function activitySeries(rows: readonly DayActivity[], today: string, count: number): DayActivity[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return lastDays(today, count).map((day) => byDay.get(day) ?? emptyDay(day));
}

export interface ActivityTotals {
  reviews: number;
  durationMs: number;
  activeDays: number;
}

export function activityTotals(series: readonly DayActivity[]): ActivityTotals {
  return {
    reviews: series.reduce((n, d) => n + d.reviews, 0),
    durationMs: series.reduce((n, d) => n + d.durationMs, 0),
    activeDays: series.filter((d) => d.reviews > 0).length,
  };
}
