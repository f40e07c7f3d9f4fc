import { dayNumber } from "./days";

export interface Streaks {
  /** Consecutive study days with a review, ending today, or yesterday when today has none yet. */
  current: number;
  longest: number;
  reviewedToday: boolean;
}

/**
 * Streaks from the study days that have at least one (not undone) review. A day not yet reviewed
 * does not break the current streak until it is over, so the student is not told at breakfast that
 * yesterday's streak is lost. Days after `today` (a clock that ran ahead) are ignored.
 */
export function computeStreaks(reviewDays: Iterable<string>, today: string): Streaks {
  const todayNumber = dayNumber(today);
  const days = [...new Set([...reviewDays].map(dayNumber))].filter((d) => d <= todayNumber).sort((a, b) => a - b);
  const active = new Set(days);

  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const day of days) {
    run = day === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }

  const reviewedToday = active.has(todayNumber);
  let current = 0;
  for (let day = reviewedToday ? todayNumber : todayNumber - 1; active.has(day); day--) current++;
  return { current, longest, reviewedToday };
}
