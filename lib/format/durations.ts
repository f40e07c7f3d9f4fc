/** Spans of time for people: the review buttons' intervals, study durations, the test clock. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Short label for a time span, as shown on the answer buttons: "<1m", "10m", "1h", "3d", "2.5mo", "1.2y".
 * Each unit is used only while its rounded number stays below the next unit (59.7 minutes reads "1h").
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Interval must be a finite number of milliseconds, got ${ms}`);
  if (ms < MINUTE) return "<1m";
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = Math.round((ms / MONTH) * 10) / 10;
  if (months < 12) return `${oneDecimal(months)}mo`;
  return `${oneDecimal(ms / YEAR)}y`;
}

/**
 * Time for people: "45 s", "1 min 05 s" while seconds still matter (under ten minutes, e.g. time per
 * question), then "12 min", "1 h 5 min".
 */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A running clock, "4:05" or "1:04:05": seconds round up, so a countdown reads 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, "0");
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/** Minutes with one decimal for chart axes and tables. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}
