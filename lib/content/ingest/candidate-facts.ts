import type { CandidateFact, FactKind, Paragraph } from "./types";
import { KIND_PRIORITY, KIND_TESTS, NAMED_KINDS } from "./fact-patterns";
import { splitSentences } from "./sentences";

const DEFINED_ACRONYM = /((?:\p{Lu}[\p{L}'-]*(?:\s+(?:of|for|and|on|the|in|to))*\s+){1,8})\((\p{Lu}[\p{L}&]{1,9})\)/gu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Acronyms the article defines after a named thing, e.g. "Some Trade Agreement (STA)", with that thing's kind. */
export function definedAcronyms(paragraphs: Paragraph[]): Map<string, FactKind> {
  const found = new Map<string, FactKind>();
  for (const p of paragraphs) {
    for (const m of p.text.matchAll(DEFINED_ACRONYM)) {
      const [name, acronym] = [m[1] ?? "", m[2] ?? ""];
      const kind = NAMED_KINDS.find((k) => KIND_TESTS[k].some((t) => t.test(name.trim())));
      if (kind && !found.has(acronym)) found.set(acronym, kind);
    }
  }
  return found;
}

/** The most specific kind a sentence carries (see KIND_PRIORITY), or null when it carries none. */
export function factKind(sentence: string, acronyms: Map<string, FactKind> = new Map()): FactKind | null {
  const learned = new Set(
    [...acronyms].filter(([a]) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, "u").test(sentence)).map(([, k]) => k),
  );
  return KIND_PRIORITY.find((kind) => learned.has(kind) || KIND_TESTS[kind].some((t) => t.test(sentence))) ?? null;
}

/**
 * Every sentence of the body that carries a number, date, amount, percentage or target, or names an
 * agreement, initiative, institution or person. Headings are labels, not statements, and are skipped.
 */
export function candidateFacts(paragraphs: Paragraph[]): CandidateFact[] {
  const acronyms = definedAcronyms(paragraphs);
  return paragraphs.flatMap((p, paragraphIndex) =>
    p.heading
      ? []
      : splitSentences(p.text).flatMap((text) => {
          const kind = factKind(text, acronyms);
          return kind ? [{ text, kind, paragraphIndex }] : [];
        }),
  );
}
