/**
 * Dates for people. An instant (a Date or ISO string) is always shown in the reader's own time zone,
 * passed in, never the server's or the browser's; a study day ("2026-03-07") is a calendar label and
 * has no zone.
 */

function parts(date: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  const formatter = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  for (const p of formatter.formatToParts(date)) if (p.type !== "literal") out[p.type] = p.value;
  return out;
}

/** "2026-11-22", the reader's calendar day of an instant: for file names, date inputs and chart days. */
export function isoDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-11-22 15:04": sortable, the same in the table and the CSV. */
export function formatStamp(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "29 Nov 2026, 3:05 pm": when something happened (attempt and answer lists). */
export function formatDateTime(date: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(date));
}

/** "Sun, 22 Nov 2026, 15:04": for due dates shown in prose. */
export function formatDueDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "7 Mar 2026" for a study day "2026-03-07". */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "7 Mar", for axis ticks and compact column headings; an instant first goes through `isoDay`. */
export function formatShortDay(day: string): string {
  return shortDayFormat.format(new Date(`${day}T00:00:00Z`));
}
