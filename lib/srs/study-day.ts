/**
 * The student's study day: it runs from `dayStartHour` local time to the same hour the next day, so a
 * session at 1 a.m. still counts for the evening before. Built on Intl only; local wall-clock times are
 * handled as "wall milliseconds" (the UTC timestamp a wall time would have if the zone were UTC).
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local wall time at `instant` in `timeZone`, as wall milliseconds (whole seconds). */
function wallTime(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function offsetAt(instant: number, timeZone: string): number {
  return wallTime(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

function checkHour(dayStartHour: number): void {
  if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
    throw new RangeError(`Day start hour must be a whole number from 0 to 23, got ${dayStartHour}`);
  }
}

function parseDay(day: string): number {
  const match = DAY_PATTERN.exec(day);
  const wall = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(wall) || formatDay(wall) !== day) {
    throw new RangeError(`Study day must be a date written YYYY-MM-DD, got "${day}"`);
  }
  return wall;
}

function formatDay(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** The study day ("YYYY-MM-DD") that `now` belongs to. */
export function studyDayOf(now: Date, timeZone: string, dayStartHour: number): string {
  checkHour(dayStartHour);
  // Comparing the local hour (not subtracting hours) keeps 23- and 25-hour DST days right.
  const wall = wallTime(now.getTime(), timeZone);
  const midnight = wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
  const hour = Math.floor((wall - midnight) / HOUR_MS);
  return formatDay(hour < dayStartHour ? midnight - DAY_MS : midnight);
}

/** The day `days` after (or before, if negative) `day`. */
export function shiftStudyDay(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

/**
 * The instant `day` starts: the first instant whose local time is at or after `dayStartHour` on that
 * date. When that hour is skipped by a DST change, this is the moment the clocks jump; when it occurs
 * twice, the first occurrence.
 */
export function studyDayStart(day: string, timeZone: string, dayStartHour: number): Date {
  checkHour(dayStartHour);
  const target = parseDay(day) + dayStartHour * HOUR_MS;
  // Real zones change offset at most once within a day either side, so these cover every candidate.
  const offsets = [...new Set([-DAY_MS, 0, DAY_MS].map((d) => offsetAt(target + d, timeZone)))];
  const exact = offsets
    .map((offset) => target - offset)
    .filter((instant) => wallTime(instant, timeZone) === target);
  if (exact.length > 0) return new Date(Math.min(...exact));

  // The hour falls in a gap: find the jump by bisection, to the second, between the two readings.
  let before = target - Math.max(...offsets);
  let after = target - Math.min(...offsets);
  while (after - before > 1000) {
    const mid = before + Math.floor((after - before) / 2000) * 1000;
    if (wallTime(mid, timeZone) >= target) after = mid;
    else before = mid;
  }
  return new Date(after);
}

/** When the study day after the one containing `now` begins (the end of the current study day). */
export function nextStudyDayStart(now: Date, timeZone: string, dayStartHour: number): Date {
  const today = studyDayOf(now, timeZone, dayStartHour);
  return studyDayStart(shiftStudyDay(today, 1), timeZone, dayStartHour);
}
