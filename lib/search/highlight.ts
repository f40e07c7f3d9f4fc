/** Delimiters ts_headline puts around matched words; the page turns them into <mark>, never into raw HTML. */
export const HIGHLIGHT_START = "\u27e6";
export const HIGHLIGHT_END = "\u27e7";

/** A ts_headline passage as plain-text segments, each marked or not. */
export function splitHighlight(text: string): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  for (const [i, part] of text.split(HIGHLIGHT_START).entries()) {
    if (i === 0) {
      if (part) segments.push({ text: part, marked: false });
      continue;
    }
    const end = part.indexOf(HIGHLIGHT_END);
    if (end < 0) segments.push({ text: part, marked: false });
    else {
      if (end > 0) segments.push({ text: part.slice(0, end), marked: true });
      if (end + 1 < part.length) segments.push({ text: part.slice(end + 1), marked: false });
    }
  }
  return segments;
}
