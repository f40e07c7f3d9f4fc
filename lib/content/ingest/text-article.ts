import type { Paragraph } from "./types";
import { IngestInputError } from "./types";
import { cutAppendedStories } from "./appended-stories";
import { splitBody, type BodySplit } from "./boilerplate";
import { normalizeLines } from "./normalize";
import { linesToParagraphs } from "./paragraphs";
import { isProse, lineKey, wordCount } from "./text-lines";

const MIN_ARTICLE_WORDS = 40;

/** Refuses bodies that are not an article: no running text, or too few words of it. */
export function assertArticle(paragraphs: Paragraph[]): void {
  const text = paragraphs.filter((p) => !p.heading);
  const total = text.reduce((n, p) => n + wordCount(p.text), 0);
  if (!text.some((p) => isProse(p.text)) || total < MIN_ARTICLE_WORDS) {
    throw new IngestInputError("no article text found (only menus, links or short lines)");
  }
}

export type TextArticle = { split: BodySplit; lines: string[]; paragraphs: Paragraph[] };

/** The shared text pipeline: normalise, cut the body out of the page, split paragraphs. */
export function extractTextBody(text: string): TextArticle {
  const lines = normalizeLines(text);
  const split = splitBody(lines);
  if (!split) throw new IngestInputError("no article text found (only menus, links or short lines)");
  return { split, lines, paragraphs: linesToParagraphs(split.body) };
}

/** Drops a leading paragraph that repeats the title, then any appended unrelated stories. */
export function finishParagraphs(paragraphs: Paragraph[], title: string | null): Paragraph[] {
  const first = paragraphs[0];
  const rest = title && first && lineKey(first.text) === lineKey(title) ? paragraphs.slice(1) : paragraphs;
  const kept = cutAppendedStories(rest, title);
  assertArticle(kept);
  return kept;
}
