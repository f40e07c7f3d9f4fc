import { shiftStudyDay, studyDayOf, studyDayStart } from "@/lib/srs";

const DAY_MS = 86_400_000;

/**
 * The instants at which `count` consecutive study days begin, from `first` on: exactly what
 * studyDayStart gives for each day, but cheap for years of days. A day usually starts 24 hours after
 * the one before; that guess is kept only when lib/srs confirms it (the instant falls in the day and
 * the second before it in the previous day), and around DST changes the day is worked out in full.
 */
export function studyDayStarts(first: string, count: number, timeZone: string, dayStartHour: number): Date[] {
  const starts: Date[] = [];
  let previousDay = first;
  for (let i = 0; i < count; i++) {
    const day = i === 0 ? first : shiftStudyDay(first, i);
    const last = starts[i - 1];
    const guess = last ? last.getTime() + DAY_MS : NaN;
    const confirmed =
      last !== undefined &&
      studyDayOf(new Date(guess), timeZone, dayStartHour) === day &&
      studyDayOf(new Date(guess - 1000), timeZone, dayStartHour) === previousDay;
    starts.push(confirmed ? new Date(guess) : studyDayStart(day, timeZone, dayStartHour));
    previousDay = day;
  }
  return starts;
}
