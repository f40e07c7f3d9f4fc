/** Shape predicates for single normalised lines of text. */

export function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function wordCount(line: string): number {
  return words(line).length;
}

/** Ends like a sentence: `.`, `!` or `?`, optionally followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  return /[.!?]["')\]]*$/.test(line.trim());
}

const BULLET = /^(?:[\u2022\u00B7\u25AA\u25E6\u25CF\u25A0\u25BA\u2023\u2043*>]|-(?=\s))\s*/;

export function isBullet(line: string): boolean {
  return BULLET.test(line.trim());
}

export function stripBullet(line: string): string {
  return line.trim().replace(BULLET, "");
}

/** A short line without final sentence punctuation (under 12 words): a heading in article text. */
export function isHeadingLike(line: string): boolean {
  const n = wordCount(line);
  return n > 0 && n < 12 && !isBullet(line) && !endsSentence(line) && /\p{L}/u.test(line);
}

/** A line that reads as running text: enough words and sentence punctuation, or simply long. */
export function isProse(line: string): boolean {
  const n = wordCount(stripBullet(line));
  if (n >= 20) return true;
  return n >= 10 && (endsSentence(line) || /[.!?]["')\]]*\s+\S/.test(line));
}

/** Lower-cased, punctuation-free key used to spot repeated lines (menus, repeated titles). */
export function lineKey(line: string): string {
  return stripBullet(line)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
