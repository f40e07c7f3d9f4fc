import type { DraftCard, DraftFact } from "./document";

export type ValueSuggestion = { number?: number; unit?: string; year?: number };

const YEAR = /\b(19\d{2}|20\d{2})\b/;
const MONEY = /(?:US\$|\$|USD\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(billion|million|trillion|bn|mn)?/i;
const RUPEES = /(?:₹|Rs\.?\s?|INR\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(crore|lakh|billion|million)?/i;
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)/i;
const PLAIN = /\b(\d[\d,]*(?:\.\d+)?)\s+([a-z]+(?:\s[a-z]+)?)/i;

const toNumber = (s: string) => Number(s.replace(/,/g, ""));
const SCALE: Record<string, string> = { bn: "billion", mn: "million" };

/** A structured value read from a candidate sentence: money, a percentage or a plain count, and a year. */
export function suggestValue(text: string): ValueSuggestion | null {
  const out: ValueSuggestion = {};
  const money = MONEY.exec(text);
  const rupees = RUPEES.exec(text);
  const percent = PERCENT.exec(text);
  if (money?.[1]) {
    out.number = toNumber(money[1]);
    const scale = money[2]?.toLowerCase();
    out.unit = scale ? `USD ${SCALE[scale] ?? scale}` : "USD";
  } else if (rupees?.[1]) {
    out.number = toNumber(rupees[1]);
    out.unit = rupees[2] ? `INR ${rupees[2].toLowerCase()}` : "INR";
  } else if (percent?.[1]) {
    out.number = Number(percent[1]);
    out.unit = "percent";
  } else {
    const plain = [...text.matchAll(new RegExp(PLAIN, "gi"))].find((m) => m[1] && !YEAR.test(m[1]));
    if (plain?.[1] && plain[2]) {
      out.number = toNumber(plain[1]);
      out.unit = plain[2].toLowerCase();
    }
  }
  const year = YEAR.exec(text);
  if (year?.[1]) out.year = Number(year[1]);
  return out.number === undefined && out.year === undefined ? null : out;
}

/** The words of the statement that carry its value, as written: the figure, else the year. */
export function valueText(fact: Pick<DraftFact, "statement" | "value">): string | null {
  const { statement, value } = fact;
  if (value?.number !== undefined) {
    const digits = String(value.number);
    const withCommas = value.number.toLocaleString("en-US");
    const found = [withCommas, digits].find((d) => statement.includes(d));
    if (found) {
      const after = statement.slice(statement.indexOf(found) + found.length);
      const scale = /^\s?(billion|million|trillion|crore|lakh|%|per\s?cent|percent)/i.exec(after)?.[0] ?? "";
      return found + scale;
    }
  }
  if (value?.year !== undefined && statement.includes(String(value.year))) return String(value.year);
  return YEAR.exec(statement)?.[1] ?? null;
}

/** A cloze over the fact's value and a basic question asking for it; both are only a starting point. */
export function suggestCards(fact: DraftFact): DraftCard[] {
  const answer = valueText(fact);
  if (answer === null) return [];
  const statement = fact.statement.trim();
  const at = statement.indexOf(answer);
  const clozeFront = `${statement.slice(0, at)}{{c1::${answer}}}${statement.slice(at + answer.length)}`;
  const blank = `${statement.slice(0, at)}____${statement.slice(at + answer.length)}`;
  return [
    { id: `${fact.id}-cloze`, factIds: [fact.id], kind: "cloze", front: clozeFront, back: answer },
    { id: `${fact.id}-basic`, factIds: [fact.id], kind: "basic", front: `Fill the blank: ${blank}`, back: answer },
  ];
}

type TermSort = "year" | "figure" | "acronym" | "name";

function sortOf(term: string): TermSort {
  if (/^\d{4}$/.test(term)) return "year";
  if (/^\d/.test(term)) return "figure";
  if (/^[A-Z]{2,}$/.test(term)) return "acronym";
  return "name";
}

// Runs of capitalised words, joined by "of", "for", "the" or "on" ("Ministry of External Affairs"); "and" separates two names.
const NAME = /\b(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|for|the|on)\s+)*[A-Z][\w'’.-]*)*/g;
const NOT_NAMES = new Set(["The", "A", "An", "In", "On", "At", "It", "Its", "This", "That", "These", "Those", "Both", "By", "For", "From", "With", "Under", "After", "Before", "Since", "When", "As", "Statement", "Statement-I", "Statement-II"]);

/** Proper names in a sentence, as written: places, bodies, people, agreements. A leading "The" is not part of one. */
export function namesIn(text: string): string[] {
  const names = [...text.matchAll(NAME)].map((m) => m[0].replace(/^(?:The|A|An|In|On|At|By|For|From|With|Under|After|Before|Since|When|As|Both)\s+/, "").replace(/[.,]+$/, ""));
  return [...new Set(names.filter((n) => n.length > 1 && !NOT_NAMES.has(n)))];
}

/** What an examiner would swap in a fact: its value (year or figure) and its proper names. */
export function factTerms(fact: Pick<DraftFact, "statement" | "value">): string[] {
  const value = valueText(fact);
  return [...new Set([...(value === null ? [] : [value]), ...namesIn(fact.statement).filter((n) => n !== value)])];
}

/**
 * Wrong answers of the same sort as `answer`, taken from the other facts' values and names: another year
 * (and the years either side), another figure, another body or place. A starting point for distractors.
 */
export function suggestAlternatives(answer: string, facts: readonly Pick<DraftFact, "statement" | "value">[], limit = 6): string[] {
  const given = answer.trim();
  if (given === "") return [];
  const sort = sortOf(given);
  const lower = given.toLowerCase();
  const out = new Set<string>();
  for (const fact of facts) {
    for (const term of factTerms(fact)) {
      const t = term.toLowerCase();
      if (sortOf(term) !== sort || t === lower || lower.includes(t) || t.includes(lower)) continue;
      out.add(term);
    }
  }
  if (sort === "year") for (const shift of [-1, 1]) out.add(String(Number(given) + shift));
  return [...out].slice(0, limit);
}

/**
 * False versions of a fact for a prelims statement: its value swapped for another fact's value of the
 * same sort (a different year, a different figure), then a name swapped for another fact's (a different
 * place or body), so the distractor is plausible.
 */
export function suggestFalseStatements(fact: DraftFact, others: readonly DraftFact[]): string[] {
  const rest = others.filter((o) => o.id !== fact.id);
  const answer = valueText(fact);
  const byValue: string[] = [];
  if (answer !== null) {
    const isYear = /^\d{4}$/.test(answer);
    const swaps = new Set<string>();
    for (const other of rest) {
      const theirs = valueText(other);
      if (theirs === null || theirs === answer || /^\d{4}$/.test(theirs) !== isYear) continue;
      swaps.add(theirs);
    }
    if (isYear) for (const shift of [-1, 1]) swaps.add(String(Number(answer) + shift));
    byValue.push(...[...swaps].slice(0, 4).map((swap) => fact.statement.replace(answer, swap)));
  }
  const byName = namesIn(fact.statement).flatMap((name) => suggestAlternatives(name, rest, 2).map((swap) => fact.statement.replace(name, swap)));
  return [...new Set([...byValue, ...byName])].filter((s) => s !== fact.statement).slice(0, 6);
}
