/** Numbers for people: shares as percents, marks as decimals. */

/** "87%", or "–" when there is nothing to show. */
export function formatPercent(value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return "–";
  return `${(value * 100).toFixed(digits)}%`;
}

/**
 * "1.33" for marks already summed as numbers (stats): two decimals, trailing zeros dropped, a true minus.
 * Marks still held as exact fractions are written by `formatMarks` in lib/quiz/marking-scheme.ts.
 */
export function formatDecimalMarks(marks: number): string {
  return String(Math.round(marks * 100) / 100).replace("-", "\u2212");
}
