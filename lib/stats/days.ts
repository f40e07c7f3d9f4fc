import { shiftStudyDay } from "@/lib/srs";

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A study day ("YYYY-MM-DD") as a whole number of days since 1970-01-01, for differences and sorting. */
export function dayNumber(day: string): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Study day must be written YYYY-MM-DD, got "${day}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The `count` study days ending with `last`, oldest first. */
export function lastDays(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftStudyDay(last, i - count + 1));
}

/** The `count` study days starting with `first`. */
export function nextDays(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftStudyDay(first, i));
}

/** 0 = Sunday … 6 = Saturday, for the calendar layout of the heatmap. */
export function weekdayOf(day: string): number {
  return new Date(dayNumber(day) * DAY_MS).getUTCDay();
}
