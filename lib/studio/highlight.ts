/** A run of paragraph text, marked when it is (part of) a candidate fact the ingest proposed. */
export type HighlightSegment = { text: string; candidate: boolean };

/** Splits a paragraph into plain and candidate runs; candidates are whole sentences found verbatim. */
export function highlightCandidates(paragraph: string, candidates: readonly string[]): HighlightSegment[] {
  const spans = candidates
    .map((c) => ({ start: paragraph.indexOf(c), length: c.length }))
    .filter((s) => s.start >= 0 && s.length > 0)
    .sort((a, b) => a.start - b.start);
  const out: HighlightSegment[] = [];
  let at = 0;
  for (const { start, length } of spans) {
    if (start < at) continue;
    if (start > at) out.push({ text: paragraph.slice(at, start), candidate: false });
    out.push({ text: paragraph.slice(start, start + length), candidate: true });
    at = start + length;
  }
  if (at < paragraph.length) out.push({ text: paragraph.slice(at), candidate: false });
  return out;
}
