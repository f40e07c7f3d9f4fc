/** A piece of a fact statement: figures are marked so a student's eye lands on them. */
export type Segment = { text: string; figure: boolean };

// Money ($50 billion, ₹1,200 crore, US$ 21 bn), percentages, ranges of years, plain numbers with
// separators or decimals, and ordinals such as 50th.
const FIGURE =
  /(?:US\$|\$|₹|Rs\.?\s?)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|crore|lakh|bn|mn))?|\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent)|\b\d{4}(?:[–-]\d{2,4})?\b|\b\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?\b(?:\s(?:billion|million|trillion|crore|lakh))?/g;

export function highlightFigures(statement: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of statement.matchAll(FIGURE)) {
    const start = match.index;
    if (start > last) segments.push({ text: statement.slice(last, start), figure: false });
    segments.push({ text: match[0], figure: true });
    last = start + match[0].length;
  }
  if (last < statement.length) segments.push({ text: statement.slice(last), figure: false });
  return segments;
}
