/**
 * Typo tolerance for topic search, computed the way PostgreSQL's pg_trgm does it: a word's trigrams
 * are the three-letter runs of the word padded with two spaces in front and one behind, and two words'
 * similarity is shared trigrams over all trigrams. It runs here rather than in SQL so it behaves the
 * same on embedded PGlite and on PostgreSQL without an extension to install.
 */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** pg_trgm's default threshold for `%` is 0.3; a little stricter keeps corrections believable. */
export const MIN_SIMILARITY = 0.4;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Replaces each word of `query` that is not in `vocabulary` (lower-case words of the content) with the
 * most similar one, if any is similar enough. Short words (under 4 letters) and numbers are kept as
 * typed: a trigram match on "EAS" or "2030" would be a guess. Returns null when nothing changed.
 */
export function correctQuery(query: string, vocabulary: ReadonlySet<string>): string | null {
  const words = [...vocabulary];
  let changed = false;
  const corrected = query.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 4 || /^\p{N}+$/u.test(lower) || vocabulary.has(lower)) return word;
    let best: string | null = null;
    let bestScore = MIN_SIMILARITY;
    for (const candidate of words) {
      if (Math.abs(candidate.length - lower.length) > 3) continue;
      const score = similarity(lower, candidate);
      if (score > bestScore || (score === bestScore && best !== null && candidate < best)) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best === null) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : null;
}

/** Devanagari letters: the content is English for now, so such a query gets a note. */
export function hasDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}
