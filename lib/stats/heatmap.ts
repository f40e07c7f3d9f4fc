import { weekdayOf } from "./days";

export interface HeatCell {
  day: string;
  reviews: number;
  /** 0 for no reviews, then 1-4 by share of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Column: weeks since the week holding the first day (weeks start on Sunday). */
  week: number;
  /** Row: 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export interface Heatmap {
  cells: HeatCell[];
  weeks: number;
  max: number;
}

export function heatLevel(reviews: number, max: number): HeatCell["level"] {
  if (reviews <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * reviews) / max))) as HeatCell["level"];
}

/** Lays consecutive days (oldest first) out as a calendar: one column per week, one row per weekday. */
export function heatmapLayout(days: readonly { day: string; reviews: number }[]): Heatmap {
  const first = days[0];
  if (!first) return { cells: [], weeks: 0, max: 0 };
  const offset = weekdayOf(first.day);
  const max = Math.max(...days.map((d) => d.reviews));
  const cells = days.map(({ day, reviews }, i): HeatCell => ({
    day,
    reviews,
    level: heatLevel(reviews, max),
    week: Math.floor((i + offset) / 7),
    weekday: (i + offset) % 7,
  }));
  return { cells, weeks: Math.floor((days.length - 1 + offset) / 7) + 1, max };
}
