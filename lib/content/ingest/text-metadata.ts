import { isDropLine, isEndMarker } from "./boilerplate-patterns";
import { findDate, isDateLine } from "./dates";
import { contentTokens } from "./vocabulary";
import { isBullet, lineKey, wordCount } from "./text-lines";

/** Could this line be a headline? Not furniture, not a sentence, a plausible length. */
function headlineShaped(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= 3 &&
    n <= 25 &&
    !/\.$/.test(line) &&
    !isBullet(line) &&
    !isDropLine(line) &&
    !isEndMarker(line) &&
    !isDateLine(line) &&
    !/^home\b/i.test(line) &&
    !/^\d+$/.test(line)
  );
}

/** Plain text: the first line is the title when it is headline-shaped. */
export function firstLineTitle(header: string[]): string | null {
  const first = header.find((l) => l !== "" && !isDropLine(l) && !isDateLine(l));
  return first && headlineShaped(first) ? first : null;
}

/**
 * Scraped pages: score each headline-shaped line above the body. Headlines are typically printed
 * twice (page title and heading), sit next to the date, and share vocabulary with the body.
 */
export function scoredTitle(header: string[], bodyText: string): string | null {
  const body = new Set(contentTokens(bodyText));
  const keys = header.map(lineKey);
  const hasDate = (i: number) => [i - 2, i - 1, i + 1, i + 2, i + 3].some((j) => findDate(header[j] ?? "") !== null);
  let best: { line: string; score: number } | null = null;
  for (const [i, line] of header.entries()) {
    if (!headlineShaped(line)) continue;
    const tokens = contentTokens(line);
    const overlap = tokens.length ? tokens.filter((t) => body.has(t)).length / tokens.length : 0;
    const score = (keys.filter((k) => k === keys[i]).length > 1 ? 3 : 0) + (hasDate(i) ? 2 : 0) + 3 * overlap;
    // Later lines win ties: the headline sits closer to the body than the site's own banner.
    if (overlap > 0 && (best === null || score >= best.score)) best = { line, score };
  }
  return best?.line ?? null;
}

/** The publication date: the first date printed above the body, preferring lines near the title. */
export function headerDate(header: string[], title: string | null): string | null {
  const titleAt = title ? header.map(lineKey).lastIndexOf(lineKey(title)) : -1;
  const near = header.slice(Math.max(0, titleAt)).filter((l) => wordCount(l) <= 10);
  const all = header.filter((l) => wordCount(l) <= 10);
  for (const line of [...near, ...all]) {
    const found = findDate(line);
    if (found) return found.iso;
  }
  return null;
}

/** A bare URL printed above the body, or an explicit "URL:" / "Source URL:" line. */
export function headerUrl(header: string[]): string | null {
  for (const line of header) {
    const m = /^(?:(?:source |canonical |article )?url\s*:\s*)?(https?:\/\/\S+)$/i.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}
