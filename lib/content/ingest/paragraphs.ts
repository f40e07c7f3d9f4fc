import type { Paragraph } from "./types";
import { endsSentence, isHeadingLike } from "./text-lines";

// A line ending like this stops mid-sentence: a comma, a hyphen or a function word.
const MID_SENTENCE_END = /([,;-]|\b(the|a|an|of|to|and|or|in|for|with|on|at|by|from|that|as|is|are|was|were))$/i;

/**
 * Text wrapped at a fixed width (e-mail, terminals): at most 100 characters a line, most lines
 * filling the width, and at least one full line that breaks mid-sentence.
 */
function isHardWrapped(block: string[]): boolean {
  const inner = block.slice(0, -1);
  if (inner.length < 2) return false;
  const width = Math.max(...block.map((l) => l.length));
  const full = inner.filter((l) => l.length >= width * 0.7);
  const breaksMidSentence = (line: string, i: number) =>
    !endsSentence(line) && (MID_SENTENCE_END.test(line) || /^\p{Ll}/u.test(block[i + 1] ?? ""));
  return width <= 100 && full.length >= inner.length * 0.6 && inner.some((l, i) => full.includes(l) && breaksMidSentence(l, i));
}

function unwrap(block: string[]): string[] {
  const width = Math.max(...block.map((l) => l.length));
  const short = (line: string) => line.length < width * 0.6;
  const out: string[] = [];
  let current: string[] = [];
  block.forEach((line, i) => {
    // A short heading line on top of wrapped text stands alone, as does the short last line of a paragraph.
    const headingFirst = i === 0 && isHeadingLike(line) && short(line);
    current.push(line);
    if (headingFirst || (endsSentence(line) && short(line)) || i === block.length - 1) {
      out.push(current.join(" "));
      current = [];
    }
  });
  return out;
}

/**
 * Lines of article text to paragraphs: each non-empty line is a paragraph, except that hard-wrapped
 * blocks are joined back together. A short line without final punctuation is a heading.
 */
export function linesToParagraphs(lines: string[]): Paragraph[] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") blocks.push([]);
    else blocks[blocks.length - 1]?.push(line.trim());
  }
  return blocks
    .filter((b) => b.length > 0)
    .flatMap((block) => (isHardWrapped(block) ? unwrap(block) : block))
    .map((text) => ({ text, heading: isHeadingLike(text) }));
}
