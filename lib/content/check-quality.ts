import { correctOptionIndex } from "../quiz/render-options";
import { optionLetter } from "@/lib/format/words";
import { formatPercent } from "@/lib/format/numbers";
import type { LoadedContent } from "./load-content";
import { isPrelimsQuestion, type PrelimsQuestion } from "./question-schema";
import { lineAt, parseCloze, type ContentError, type Flashcard, type Located } from "./schema";

/**
 * Exam-facing rules over content that already passed the schemas and cross-reference checks
 * (issue 10): test facts, not what a source said; no free giveaways in the answer keys; no
 * duplicate cards. Limits are shares of the whole bank, so they hold as content grows.
 */
export const QUALITY_LIMITS = {
  /** Share of question stems and card prompts that may refer to "the op-ed", "the note" or "the article". */
  sourceReferenceShare: 0.1,
  /** Share of prelims questions whose statements (or pairs) are all true or all false. */
  uniformStatementShare: 0.15,
  /** Share of one format's questions that may have the same answer letter. */
  answerLetterShare: 0.4,
  /** Below this many questions in a format, the letter spread is not meaningful yet. */
  answerLetterMinQuestions: 5,
  /** Prompts whose word sets overlap this much (Jaccard) count as near-identical. */
  nearIdenticalPrompt: 0.6,
} as const;

export type QualityReport = { errors: ContentError[]; warnings: ContentError[] };

/** "the op-ed", "the July 2025 op-ed", "the NextIAS note", "this article": recall of a source, not a fact. */
const SOURCE_REFERENCE = /\bop-?eds?\b|\bNextIAS\b|\b(?:the|this|that)\s+(?:[\w'"‘’-]+\s+){0,3}?(?:note|article)s?\b/i;

export function refersToSource(text: string): boolean {
  return SOURCE_REFERENCE.test(text);
}

type Item = { located: Located<unknown>; path: (string | number)[]; text: string; label: string };

const at = (item: { located: Located<unknown>; path: (string | number)[] }, message: string): ContentError => ({
  file: item.located.file,
  line: lineAt(item.located.lines, item.path),
  message,
});

const percent = (n: number, total: number) => formatPercent(n / total);

function prelimsWithPlace(content: LoadedContent) {
  return content.questions.flatMap((file) =>
    file.data.questions.flatMap((q, i) => (isPrelimsQuestion(q) ? [{ q, located: file as Located<unknown>, index: i }] : [])),
  );
}

/** What a question asks: its stem, or for a bare Statement-I/II question, Statement-I. */
function stemOf(q: PrelimsQuestion): { text: string; key: string } {
  if (q.kind === "statement-i-ii") return q.stem ? { text: q.stem, key: "stem" } : { text: q.statementI.text, key: "statementI" };
  return { text: q.stem, key: "stem" };
}

function sourceReferences(content: LoadedContent): ContentError[] {
  const items: Item[] = [
    ...prelimsWithPlace(content).map(({ q, located, index }) => {
      const stem = stemOf(q);
      return { located, path: ["questions", index, stem.key], text: stem.text, label: `question "${q.id}"` };
    }),
    ...content.questions.flatMap((file) =>
      file.data.questions.flatMap((q, i) => (q.kind === "mains" ? [{ located: file as Located<unknown>, path: ["questions", i, "text"], text: q.text, label: `question "${q.id}"` }] : [])),
    ),
    ...content.topics.flatMap((file) =>
      file.data.flashcards.map((card, i) => ({ located: file as Located<unknown>, path: ["flashcards", i, "front"], text: card.front, label: `flashcard "${card.id}"` })),
    ),
  ];
  const offending = items.filter((item) => refersToSource(item.text));
  if (items.length === 0 || offending.length / items.length <= QUALITY_LIMITS.sourceReferenceShare) return [];
  const share = `${offending.length} of ${items.length} stems and prompts (${percent(offending.length, items.length)}) do, at most ${percent(QUALITY_LIMITS.sourceReferenceShare, 1)} may`;
  return offending.map((item) => at(item, `${item.label} asks what a source said ("the op-ed", "the note", "the article"); test the fact instead. ${share}`));
}

/** Statement and pair kinds whose items are all true or all false make "all"/"none" a free guess. */
function uniformStatements(content: LoadedContent): QualityReport {
  const prelims = prelimsWithPlace(content);
  const uniform = prelims.flatMap(({ q, located, index }) => {
    const items = q.kind === "multi-statement" || q.kind === "how-many" ? q.statements : q.kind === "match-pairs" ? q.pairs : null;
    if (items === null) return [];
    const trueCount = items.filter((s) => s.correct).length;
    if (trueCount !== 0 && trueCount !== items.length) return [];
    return [{ where: { located, path: ["questions", index, "id"] }, id: q.id, all: trueCount === 0 ? "false" : "true", noun: q.kind === "match-pairs" ? "pairs" : "statements" }];
  });
  const warnings = uniform.map((u) => at(u.where, `question "${u.id}" has ${u.noun} that are all ${u.all}; allowed, but keep such questions under ${percent(QUALITY_LIMITS.uniformStatementShare, 1)} of the bank`));
  if (prelims.length === 0 || uniform.length / prelims.length <= QUALITY_LIMITS.uniformStatementShare) return { errors: [], warnings };
  const share = `${uniform.length} of ${prelims.length} prelims questions (${percent(uniform.length, prelims.length)}) are all-true or all-false, at most ${percent(QUALITY_LIMITS.uniformStatementShare, 1)} may`;
  return { errors: uniform.map((u) => at(u.where, `question "${u.id}" has ${u.noun} that are all ${u.all}: ${share}`)), warnings: [] };
}

/** Within each format, no answer letter may be the key of more than 40% of the questions. */
function answerLetterBalance(content: LoadedContent): ContentError[] {
  const byKind = new Map<string, { letter: number; where: { located: Located<unknown>; path: (string | number)[] }; id: string }[]>();
  for (const { q, located, index } of prelimsWithPlace(content)) {
    const list = byKind.get(q.kind) ?? [];
    list.push({ letter: correctOptionIndex(q), where: { located, path: ["questions", index, "id"] }, id: q.id });
    byKind.set(q.kind, list);
  }
  const errors: ContentError[] = [];
  for (const [kind, keys] of byKind) {
    if (keys.length < QUALITY_LIMITS.answerLetterMinQuestions) continue;
    for (let letter = 0; letter < 4; letter++) {
      const same = keys.filter((k) => k.letter === letter);
      if (same.length / keys.length <= QUALITY_LIMITS.answerLetterShare) continue;
      const first = same[0]!;
      errors.push(
        at(
          first.where,
          `answer ${optionLetter(letter)} is the key of ${same.length} of ${keys.length} ${kind} questions (${percent(same.length, keys.length)}); at most ${percent(QUALITY_LIMITS.answerLetterShare, 1)} per letter. Questions keyed ${optionLetter(letter)}: ${same.map((k) => k.id).join(", ")}`,
        ),
      );
    }
  }
  return errors;
}

const STOP_WORDS = new Set("a an the of in on at to for by and or is are was were be its it which what who whom whose when where how did does do with from as that this".split(" "));

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, " ")
      .split(/\s+/)
      .filter((w) => w.length > 0 && !STOP_WORDS.has(w)),
  );

/** A card's answer, normalised: the cloze deletion or the basic back, without glosses in brackets. */
export function cardAnswer(card: Flashcard): string {
  const raw = card.kind === "cloze" ? (parseCloze(card.front)?.answer ?? card.back) : card.back;
  return raw
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A card's prompt as words: the front, with a cloze deletion blanked out. */
function promptWords(card: Flashcard): Set<string> {
  const cloze = card.kind === "cloze" ? parseCloze(card.front) : null;
  return words(cloze ? `${cloze.before} ${cloze.after}` : card.front);
}

export function promptSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function duplicateCards(content: LoadedContent): ContentError[] {
  const cards = content.topics.flatMap((file) =>
    file.data.flashcards.map((card, i) => ({ card, answer: cardAnswer(card), prompt: promptWords(card), where: { located: file as Located<unknown>, path: ["flashcards", i, "front"] } })),
  );
  const errors: ContentError[] = [];
  cards.forEach((later, j) => {
    const earlier = cards.slice(0, j).find((c) => c.answer === later.answer && promptSimilarity(c.prompt, later.prompt) >= QUALITY_LIMITS.nearIdenticalPrompt);
    if (earlier) {
      errors.push(at(later.where, `flashcard "${later.card.id}" asks a near-identical question with the same answer as flashcard "${earlier.card.id}" (${earlier.where.located.file}); keep one`));
    }
  });
  return errors;
}

/** Every rule; errors fail `content:check`, warnings are printed but allowed. Pure. */
export function checkQuality(content: LoadedContent): QualityReport {
  const uniform = uniformStatements(content);
  return {
    errors: [...sourceReferences(content), ...uniform.errors, ...answerLetterBalance(content), ...duplicateCards(content)],
    warnings: uniform.warnings,
  };
}
