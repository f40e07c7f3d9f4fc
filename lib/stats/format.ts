export { formatDuration, formatPercent, plural } from "@/lib/format/text";

const DAY_MS = 86_400_000;

/** Minutes with one decimal for chart axes and tables. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "7 Mar 2026" for a study day "2026-03-07" (the day is a calendar label, so no zone applies). */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "7 Mar", for axis ticks. */
export function formatShortDay(day: string): string {
  return shortDayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "1.33" for marks: two decimals, trailing zeros dropped. */
export function formatMarks(marks: number): string {
  return String(Math.round(marks * 100) / 100).replace("-", "\u2212");
}

export const daysUntil = (from: Date, to: Date) => Math.ceil((to.getTime() - from.getTime()) / DAY_MS);
