/** Sentence splitting that survives abbreviations ("U.S.", "Dr."), initials and decimals ("26.89"). */

// Words that end with a period without ending the sentence when a name or noun follows.
const TITLES = new Set(
  "mr mrs ms dr prof st sr jr gen col lt capt sgt cmdr adm gov sen rep rev hon messrs mt ft vs v cf inc ltd co corp bros dept govt univ assn approx est fig nos".split(" "),
);
// Before a number these never end a sentence: "No. 5", "Jan. 12", "Rs. 500", "Art. 370".
const BEFORE_NUMBER = new Set("no nos vol pp p art sec ch jan feb mar apr jun jul aug sep sept oct nov dec rs".split(" "));
// After a dotted abbreviation ("U.S.", "a.m.") only these words reliably start a new sentence.
const SENTENCE_STARTERS = new Set(
  "the this that these those it its he she they we i in on at but however yet so also meanwhile still thus there here a an as after before while when if our his her their".split(" "),
);

const CANDIDATE = /[.!?]+["')\]]*\s+(?=["'(\[]?[\p{Lu}\p{N}$\u20B9\u00A3\u20AC])/gu;

function isBoundary(before: string, punct: string, next: string): boolean {
  if (punct !== ".") return true;
  const word = (before.match(/(\S+)$/)?.[1] ?? "").replace(/^["'(\[]+/, "");
  const bare = word.toLowerCase();
  const nextWord = (next.match(/^["'(\[]?([\p{L}\p{N}]+)/u)?.[1] ?? "").toLowerCase();
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord); // "U.S", "a.m", "e.g"
  if (TITLES.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare) && /^\d/.test(nextWord)) return false;
  return true;
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const end = m.index + m[0].trimEnd().length;
    const punct = m[0].replace(/["')\]\s]+$/, "").slice(-1);
    // The word before the punctuation, with its own trailing period removed ("U.S." -> "U.S").
    const before = text.slice(start, m.index);
    if (isBoundary(before, punct, text.slice(m.index + m[0].length))) {
      out.push(text.slice(start, end).trim());
      start = m.index + m[0].length;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}
