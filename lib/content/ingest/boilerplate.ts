import { isDropLine, isEndMarker } from "./boilerplate-patterns";
import { isDateLine } from "./dates";
import { endsSentence, isBullet, isHeadingLike, isProse, lineKey, stripBullet, wordCount } from "./text-lines";

export type LineClass =
  | "blank"
  | "barrier"
  | "furniture"
  | "menu"
  | "repeated"
  | "date"
  | "prose"
  | "sentence"
  | "heading"
  | "other";

/*
 * Body extraction is a maximum-sum run over per-line scores: running text scores its word count,
 * furniture scores negative, and barriers (end-of-article markers, author bios) cannot be crossed.
 * Headings cost a little, so they survive between paragraphs but never start or end the body.
 */
const SCORE: Record<Exclude<LineClass, "prose" | "barrier">, number> = {
  blank: 0,
  furniture: -8,
  menu: -4,
  repeated: -6,
  date: -2,
  sentence: 1,
  heading: -2,
  other: -2,
};

const KEPT: ReadonlySet<LineClass> = new Set(["blank", "prose", "sentence", "heading", "other"]);

function isNameLine(line: string): boolean {
  return line.length <= 40 && /^\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){1,3}$/u.test(line);
}

/** An author bio: a name on its own line, then a line that starts by repeating the name. */
function bioLines(lines: string[]): Set<number> {
  const bio = new Set<number>();
  lines.forEach((line, i) => {
    if (!isNameLine(line)) return;
    const j = lines.findIndex((l, k) => k > i && l !== "");
    const next = j >= 0 ? (lines[j] ?? "") : "";
    if (next.length > line.length && next.startsWith(line) && /^[,(]|^ (is|was|has|holds|works|teaches|writes)\b/.test(next.slice(line.length))) {
      bio.add(i).add(j);
    }
  });
  return bio;
}

export function classifyLines(lines: string[]): LineClass[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = lineKey(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bio = bioLines(lines);
  return lines.map((line, i): LineClass => {
    if (line === "") return "blank";
    if (bio.has(i) || isEndMarker(line)) return "barrier";
    if (isDropLine(line)) return "furniture";
    if (isBullet(line) && wordCount(line) <= 6) return "menu";
    if ((counts.get(lineKey(line)) ?? 0) > 1 && wordCount(line) <= 20) return "repeated";
    if (isDateLine(line)) return "date";
    if (isProse(line)) return "prose";
    if (endsSentence(line)) return "sentence";
    return isHeadingLike(stripBullet(line)) ? "heading" : "other";
  });
}

export type BodySplit = { header: string[]; body: string[]; footer: string[] };

// Text after an end marker is never the article, but it can be longer than the article (an aggregator
// appends whole stories), so the first substantial run wins rather than the largest one.
const SUBSTANTIAL_SHARE = 0.3;
const SUBSTANTIAL_MIN = 60;

type Run = { sum: number; start: number; end: number };

/** The best-scoring run of lines inside each stretch between barriers (Kadane's algorithm per stretch). */
function runsBetweenBarriers(lines: string[], classes: LineClass[]): Run[] {
  const runs: Run[] = [];
  let best: Run | null = null;
  let sum = 0;
  let start = 0;
  for (const [i, cls] of classes.entries()) {
    if (cls === "barrier") {
      if (best) runs.push(best);
      best = null;
      sum = 0;
      start = i + 1;
      continue;
    }
    const score = cls === "prose" ? wordCount(lines[i] ?? "") : SCORE[cls];
    if (sum + score <= 0) {
      sum = 0;
      start = i + 1;
      continue;
    }
    sum += score;
    if (best === null || sum > best.sum) best = { sum, start, end: i + 1 };
  }
  if (best) runs.push(best);
  return runs;
}

/** Splits a page's lines into what precedes the article, the article lines (furniture removed), and what follows. */
export function splitBody(lines: string[]): BodySplit | null {
  const classes = classifyLines(lines);
  const runs = runsBetweenBarriers(lines, classes);
  const top = Math.max(0, ...runs.map((r) => r.sum));
  const run = runs.find((r) => r.sum >= Math.min(top, Math.max(SUBSTANTIAL_MIN, top * SUBSTANTIAL_SHARE)));
  if (!run) return null;
  const body = lines.slice(run.start, run.end).filter((_, k) => KEPT.has(classes[run.start + k] ?? "blank"));
  return {
    header: lines.slice(0, run.start),
    body: body.map((line) => (isBullet(line) ? stripBullet(line) : line)),
    footer: lines.slice(run.end),
  };
}
