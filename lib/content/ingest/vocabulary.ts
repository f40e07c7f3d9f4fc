/** Content-word tokens used for topical comparison (appended-story detection). */

const STOPWORDS = new Set(
  (
    "the and for with from that this these those its their they them are was were been being have has had " +
    "not but than then also more most other into over under about after before between both each few many much " +
    "nor only own same some very just all any there here when where which who whom what why how while during " +
    "through out off again further once because until against among within without across per via one two new " +
    "can could would should will may might must shall our ours your yours his her hers him she you said says " +
    "such upon did does doing made make makes like even still yet well way ways often also however while whose"
  ).split(" "),
);

function stem(word: string): string {
  return word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

export function contentTokens(text: string): string[] {
  return (text.toLowerCase().replace(/'s\b/g, "").match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length > 2 && !STOPWORDS.has(w))
    .map(stem);
}

/** The `n` most frequent tokens; ties broken alphabetically so the choice is stable. */
export function topTerms(tokens: string[], n: number): Set<string> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Set(ranked.slice(0, n).map(([t]) => t));
}

/** Capitalised words that do not open a sentence: a cheap stand-in for names of people, places and bodies. */
export function properNouns(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const tokens = sentence.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
    tokens.slice(1).forEach((t) => {
      if (/^\p{Lu}/u.test(t)) out.push(...t.toLowerCase().split(/['-]/).filter((p) => p.length > 1));
    });
  }
  return out;
}
