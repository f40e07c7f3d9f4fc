/** The one place numbers and words are formatted for people (percents, durations, counts, option letters). */

/** "87%", or "–" when there is nothing to show. */
export function formatPercent(value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return `${(value * 100).toFixed(digits)}%`;
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

/** "1 review", "1,200 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-IN")} ${count === 1 ? one : many}`;
}

/** Words as an examiner counts them: runs of non-space characters (the live counter and the server agree). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/** "(a)" for option 0: how UPSC papers letter their options. */
export const optionLetter = (index: number): string => `(${String.fromCharCode(97 + index)})`;
