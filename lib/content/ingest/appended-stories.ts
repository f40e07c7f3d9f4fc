import type { Paragraph } from "./types";
import { contentTokens, properNouns, topTerms } from "./vocabulary";

/*
 * Aggregators append whole other stories after an article, sometimes without any marker line.
 * Such a tail hardly uses the article's key terms (the most frequent content words of its title
 * and opening) and names people and places the article never mentions. On real pages, article
 * paragraphs mostly reach a key-term density of 0.08 and article suffixes stay above 0.07, while
 * appended stories sit near 0.02.
 *
 * Rule: the article ends with its last on-topic paragraph (plus any short closing lines). What
 * follows is cut when, taken together, it is long enough to judge and off-topic.
 */
const KEY_TERMS = 12;
const MIN_OPENING_TOKENS = 60;
const MIN_TAIL_TOKENS = 40;
const SUBSTANTIAL_TOKENS = 15;
const ON_TOPIC = 0.08;
const LOW_DENSITY = 0.04;
const WEAK_DENSITY = 0.06;
const FEW_KNOWN_NAMES = 0.5;
const SOME_KNOWN_NAMES = 0.8;

function nameOverlap(tail: string, head: string): number {
  const names = properNouns(tail);
  if (names.length < 5) return 1;
  const known = new Set(head.toLowerCase().match(/\p{L}+/gu) ?? []);
  return names.filter((n) => known.has(n)).length / names.length;
}

/** Where the opening ends: at least three text paragraphs and enough words to know the topic. */
function openingEnd(paragraphs: Paragraph[]): number {
  let texts = 0;
  let tokens = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!p || p.heading) continue;
    texts += 1;
    tokens += contentTokens(p.text).length;
    if (texts >= 3 && tokens >= MIN_OPENING_TOKENS) return i + 1;
  }
  return paragraphs.length;
}

/** Index of the first paragraph of an appended off-topic tail, or `paragraphs.length` when there is none. */
export function appendedStoryStart(paragraphs: Paragraph[], title: string | null): number {
  const open = openingEnd(paragraphs);
  const opening = [title ?? "", title ?? "", ...paragraphs.slice(0, open).map((p) => p.text)].join("\n");
  const keys = topTerms(contentTokens(opening), KEY_TERMS);
  const tokens = paragraphs.map((p) => contentTokens(p.text));
  const hits = tokens.map((t) => t.filter((w) => keys.has(w)).length);
  const onTopic = (i: number) => {
    const n = tokens[i]?.length ?? 0;
    return n >= SUBSTANTIAL_TOKENS && (hits[i] ?? 0) / n >= ON_TOPIC;
  };

  let k = paragraphs.length;
  while (k > open && !onTopic(k - 1)) k -= 1;
  while (k < paragraphs.length && !paragraphs[k]?.heading && (tokens[k]?.length ?? 0) < SUBSTANTIAL_TOKENS) k += 1;

  const size = tokens.slice(k).reduce((n, t) => n + t.length, 0);
  if (size < MIN_TAIL_TOKENS) return paragraphs.length;
  const density = hits.slice(k).reduce((a, b) => a + b, 0) / size;
  const tail = paragraphs.slice(k).map((p) => p.text).join("\n");
  const head = [title ?? "", ...paragraphs.slice(0, k).map((p) => p.text)].join("\n");
  const names = nameOverlap(tail, head);
  const offTopic = (density < LOW_DENSITY && names < SOME_KNOWN_NAMES) || (density < WEAK_DENSITY && names < FEW_KNOWN_NAMES);
  return offTopic ? k : paragraphs.length;
}

/** Drops an appended off-topic tail and any headings left dangling at the end. */
export function cutAppendedStories(paragraphs: Paragraph[], title: string | null): Paragraph[] {
  const kept = paragraphs.slice(0, appendedStoryStart(paragraphs, title));
  while (kept.length > 0 && kept[kept.length - 1]?.heading) kept.pop();
  return kept;
}
