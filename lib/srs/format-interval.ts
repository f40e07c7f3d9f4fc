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
