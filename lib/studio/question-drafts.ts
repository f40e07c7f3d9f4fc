import { hashSeed } from "@/lib/quiz/seeded-random";
import type { DraftFact } from "./document";
import { valueText } from "./suggest";

/**
 * Questions as the studio writes them, and the content/ question each becomes. Most kinds are written in
 * content/'s own shape; two are not, so that nothing the editor types is a key or a derived number:
 * - single: the editor writes the answer (from a chosen fact) and three distractors; the option order,
 *   and so `correctIndex`, is derived here (numbers ascending as papers print them, else a position
 *   seeded by the question id, so keys spread over (a)-(d) and the editor cannot bias the letter);
 * - mains: the word limit follows the marks (10 → 150, 15 → 250), as the schema requires.
 * Match-pairs and Statement-I/II cite facts per pair or statement; the question's factIds are their union.
 */
export const STUDIO_QUESTION_KINDS = ["single", "multi-statement", "how-many", "match-pairs", "statement-i-ii", "mains"] as const;
export type StudioQuestionKind = (typeof STUDIO_QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<StudioQuestionKind, string> = {
  single: "single-answer",
  "multi-statement": "multi-statement",
  "how-many": "how-many",
  "match-pairs": "match-the-pairs",
  "statement-i-ii": "Statement-I / Statement-II",
  mains: "mains",
};

export type DraftOption = { text: string; explanation: string };
export type DraftStatement = { text: string; correct: boolean; factIds: string[]; explanation: string };
export type DraftPair = { left: string; right: string; correct: boolean; factIds: string[]; explanation: string };
export type DraftAssertion = { text: string; correct: boolean; factIds: string[] };

type Common = { id: string; factIds?: string[]; syllabusTag: string; difficulty: string };
export type SingleDraft = Common & { kind: "single"; stem: string; answer: DraftOption; distractors: DraftOption[] };
export type StatementsDraft = Common & { kind: "multi-statement" | "how-many"; stem: string; statements: DraftStatement[] };
export type MatchPairsDraft = Common & { kind: "match-pairs"; stem: string; heading?: { left: string; right: string }; pairs: DraftPair[] };
export type StatementPairDraft = Common & { kind: "statement-i-ii"; stem?: string; statementI: DraftAssertion; statementII: DraftAssertion; statementIIExplainsI?: boolean; explanation: string };
export type MainsDraft = Common & { kind: "mains"; directive: string; text: string; marks: number; framework: { introduction: string; keyPoints: string[]; wayForward: string }; rubric: string[] };
export type QuestionDraft = SingleDraft | StatementsDraft | MatchPairsDraft | StatementPairDraft | MainsDraft;

export type DraftOf<K extends StudioQuestionKind> = K extends "single" ? SingleDraft : K extends "match-pairs" ? MatchPairsDraft : K extends "statement-i-ii" ? StatementPairDraft : K extends "mains" ? MainsDraft : StatementsDraft;

/** A starting draft of `kind` over the chosen facts (at least one): true items are the facts as written. */
export function newQuestionDraft<K extends StudioQuestionKind>(kind: K, id: string, chosen: readonly DraftFact[], syllabusTag: string): DraftOf<K> {
  return startDraft(kind, id, chosen, syllabusTag) as DraftOf<K>;
}

function startDraft(kind: StudioQuestionKind, id: string, chosen: readonly DraftFact[], syllabusTag: string): QuestionDraft {
  const first = chosen[0];
  if (!first) throw new RangeError("a question needs at least one chosen fact");
  const common = { id, syllabusTag, difficulty: "medium" };
  const ids = chosen.map((f) => f.id);
  switch (kind) {
    case "multi-statement":
    case "how-many":
      return { ...common, kind, factIds: ids, stem: "Consider the following statements:", statements: chosen.slice(0, 4).map((f) => ({ text: f.statement, correct: true, factIds: [f.id], explanation: "As the cited source states." })) };
    case "single":
      return {
        ...common,
        kind,
        factIds: [first.id],
        stem: "",
        answer: { text: valueText(first) ?? first.statement, explanation: `Correct. ${first.statement}` },
        distractors: [0, 1, 2].map(() => ({ text: "", explanation: "" })),
      };
    case "match-pairs": {
      // Three or four pairs; with fewer facts the editor adds facts or re-points a pair.
      const facts = Array.from({ length: Math.min(4, Math.max(3, chosen.length)) }, (_, i) => chosen[i % chosen.length]!);
      return { ...common, kind, stem: "Consider the following pairs:", pairs: facts.map((f) => ({ left: "", right: valueText(f) ?? "", correct: true, factIds: [f.id], explanation: f.statement })) };
    }
    case "statement-i-ii": {
      const second = chosen[1] ?? first;
      return { ...common, kind, statementI: { text: first.statement, correct: true, factIds: [first.id] }, statementII: { text: second.statement, correct: true, factIds: [second.id] }, statementIIExplainsI: false, explanation: "" };
    }
    case "mains":
      return { ...common, kind, factIds: ids, directive: "discuss", text: "", marks: 10, framework: { introduction: "", keyPoints: ["", ""], wayForward: "" }, rubric: [""] };
  }
}

/** A question id not yet used in the document: `<topic>-q<n>` with the first free n. */
export function nextQuestionId(topicId: string, questions: readonly Record<string, unknown>[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (taken.has(`${topicId}-q${n}`)) n++;
  return `${topicId}-q${n}`;
}

const LEADING_NUMBER = /^\s*(?:US\$|\$|₹|Rs\.?\s?)?\s*(\d[\d,]*(?:\.\d+)?)/;
const leadingNumber = (text: string) => {
  const m = LEADING_NUMBER.exec(text);
  return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
};

/**
 * The printed order of a single-answer question's options: where the answer lands is derived, never
 * chosen. `from[k]` names the draft field option k came from ("answer" or "distractors.j").
 */
export function arrangeSingle(id: string, answer: DraftOption, distractors: readonly DraftOption[]): { options: DraftOption[]; correctIndex: number; from: string[] } {
  const all = [{ option: answer, from: "answer" }, ...distractors.map((option, j) => ({ option, from: `distractors.${j}` }))];
  const numbers = all.map((o) => leadingNumber(o.option.text));
  let ordered: typeof all;
  if (numbers.every((n) => n !== null)) {
    ordered = all.map((o, i) => ({ ...o, n: numbers[i]! })).sort((a, b) => a.n - b.n);
  } else {
    const at = hashSeed(`answer:${id}`) % all.length;
    ordered = all.slice(1);
    ordered.splice(at, 0, all[0]!);
  }
  return { options: ordered.map((o) => o.option), correctIndex: ordered.findIndex((o) => o.from === "answer"), from: ordered.map((o) => o.from) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const asList = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const citedIds = (items: readonly unknown[]) => [...new Set(items.flatMap((item) => (isRecord(item) && Array.isArray(item.factIds) ? item.factIds.filter((x): x is string => typeof x === "string") : [])))];

export type ContentPath = readonly PropertyKey[];

/**
 * The content/ question a studio draft becomes, and how to point a problem found in that question
 * (a path inside it) back at the draft field the editor wrote. Lenient: a half-written draft converts
 * to a half-written question, and the question schema says what is missing.
 */
export function questionAsContent(draft: Record<string, unknown>): { question: Record<string, unknown>; toDraftPath: (path: ContentPath) => ContentPath } {
  const same = (path: ContentPath) => path;
  switch (draft.kind) {
    case "single": {
      if (!("answer" in draft) && !("distractors" in draft)) return { question: draft, toDraftPath: same };
      const { answer, distractors, ...rest } = draft;
      const option = (o: unknown): DraftOption => (isRecord(o) ? { text: String(o.text ?? ""), explanation: String(o.explanation ?? "") } : { text: "", explanation: "" });
      const arranged = arrangeSingle(String(draft.id ?? ""), option(answer), Array.isArray(distractors) ? distractors.map(option) : []);
      return {
        question: { ...rest, options: arranged.options, correctIndex: arranged.correctIndex },
        toDraftPath: (path) => {
          if (path[0] === "correctIndex") return ["answer"];
          if (path[0] !== "options") return path;
          const from = typeof path[1] === "number" ? arranged.from[path[1]] : undefined;
          return from === undefined ? ["distractors"] : [...from.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), ...path.slice(2)];
        },
      };
    }
    case "match-pairs":
    case "statement-i-ii": {
      const items: readonly unknown[] = draft.kind === "match-pairs" ? asList(draft.pairs) : [draft.statementI, draft.statementII];
      const itemPath = (i: number): PropertyKey[] => (draft.kind === "match-pairs" ? ["pairs", i] : [i === 0 ? "statementI" : "statementII"]);
      const factIds = citedIds(items);
      return {
        question: { ...draft, factIds },
        toDraftPath: (path) => {
          if (path[0] !== "factIds") return path;
          const id = typeof path[1] === "number" ? factIds[path[1]] : undefined;
          const i = items.findIndex((item) => isRecord(item) && Array.isArray(item.factIds) && item.factIds.includes(id));
          return i < 0 ? path : [...itemPath(i), "factIds"];
        },
      };
    }
    case "mains": {
      const wordLimit = draft.marks === 15 ? 250 : 150;
      return { question: { ...draft, wordLimit }, toDraftPath: (path) => (path[0] === "wordLimit" ? ["marks"] : path) };
    }
    default:
      return { question: draft, toDraftPath: same };
  }
}
