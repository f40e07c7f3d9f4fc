import type { MultiStatementQuestion } from "../content/question-schema";
import { seededShuffle } from "./seeded-random";

/** A set of 1-based statement numbers, sorted ascending: what one option claims is correct. */
export type StatementSet = readonly number[];

export function truthSet(items: readonly { correct: boolean }[]): StatementSet {
  return items.flatMap((s, i) => (s.correct ? [i + 1] : []));
}

export function sameSet(a: StatementSet, b: StatementSet): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

const normalise = (set: readonly number[]): StatementSet => [...new Set(set)].sort((a, b) => a - b);

const fromMask = (mask: number, n: number): StatementSet =>
  Array.from({ length: n }, (_, i) => i + 1).filter((k) => (mask >> (k - 1)) & 1);

/** Smaller claims first, "none" last, as printed papers order them. */
function canonicalOrder(a: StatementSet, b: StatementSet): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  if (a.length !== b.length) return a.length - b.length;
  const i = a.findIndex((k, j) => k !== b[j]);
  return i < 0 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
}

/**
 * The four option sets of a multi-statement question: the author's, or generated.
 * Generated distractors are drawn uniformly (seeded by the question id) from every other subset,
 * so which sets appear says nothing about which one is true. With 2 statements this is always
 * the classic "1 only / 2 only / Both / Neither".
 */
export function optionSets(q: MultiStatementQuestion): StatementSet[] {
  if (q.options) return q.options.map(normalise);
  const n = q.statements.length;
  const truth = truthSet(q.statements);
  const others = Array.from({ length: 2 ** n }, (_, mask) => fromMask(mask, n)).filter((s) => !sameSet(s, truth));
  const distractors = seededShuffle(others, `options:${q.id}`).slice(0, 3);
  return [truth, ...distractors].sort(canonicalOrder);
}

const joinAnd = (set: StatementSet) =>
  set.length === 1 ? String(set[0]) : `${set.slice(0, -1).join(", ")} and ${set[set.length - 1]}`;

/** UPSC wording: "1 only", "1 and 3 only", "Both 1 and 2", "1, 2 and 3", "Neither 1 nor 2". */
export function setLabel(set: StatementSet, statementCount: number): string {
  if (set.length === 0) return statementCount === 2 ? "Neither 1 nor 2" : "None of the above";
  if (set.length < statementCount) return `${joinAnd(set)} only`;
  return statementCount === 2 ? "Both 1 and 2" : joinAnd(set);
}
