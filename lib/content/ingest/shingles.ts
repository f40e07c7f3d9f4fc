/** Word shingles for near-duplicate detection. */

export const SHINGLE_SIZE = 5;

/** Lower-case word tokens; quotes and punctuation are ignored so typography differences do not matter. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().replace(/['\u2019]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The set of `size`-word windows of a text. A text shorter than one window yields itself as one shingle. */
export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const w = shingleWords(text);
  const out = new Set<string>();
  if (w.length > 0 && w.length < size) out.add(w.join(" "));
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(" "));
  return out;
}

/**
 * Overlap of two shingle sets relative to the smaller one. Containment rather than Jaccard: one copy
 * may carry extra paragraphs (leftover boilerplate, a standfirst) and still be the same article.
 */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared += 1;
  return shared / small.size;
}
