/** Dates as teachers and students read them, always in the viewer's own time zone. */

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

/** "2026-11-22": for file names and date inputs. */
export function isoDay(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2026-11-22 15:04": sortable, the same in the table and the CSV. */
export function formatStamp(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "Sun 22 Nov 2026, 15:04": for due dates shown in prose. */
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

/** "22 Nov": for compact column headings. */
export function formatShortDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(date);
}
