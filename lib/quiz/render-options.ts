import type { PrelimsQuestion, StatementPairQuestion } from "../content/question-schema";
import { optionSets, sameSet, setLabel, truthSet } from "./statement-sets";

/** What choosing each statement-i-ii option asserts; (a) to (d) in the order UPSC prints them. */
export const STATEMENT_PAIR_OPTIONS = [
  { label: "Both Statement-I and Statement-II are correct and Statement-II explains Statement-I", i: true, ii: true, explains: true },
  { label: "Both Statement-I and Statement-II are correct, but Statement-II does not explain Statement-I", i: true, ii: true, explains: false },
  { label: "Statement-I is correct, but Statement-II is incorrect", i: true, ii: false, explains: false },
  { label: "Statement-I is incorrect, but Statement-II is correct", i: false, ii: true, explains: false },
] as const;

/** The count each "how many" option claims, in printed order; four items have no "None". */
export function countOptions(itemCount: number): readonly number[] {
  return itemCount === 4 ? [1, 2, 3, 4] : [1, 2, 3, 0];
}

const COUNT_LABELS: Record<number, string> = { 0: "None", 1: "Only one", 2: "Only two", 3: "Only three" };

function countLabel(count: number, itemCount: number): string {
  if (count === itemCount) return itemCount === 3 ? "All three" : "All four";
  const label = COUNT_LABELS[count];
  if (label === undefined) throw new RangeError(`no "how many" label for ${count} of ${itemCount}`);
  return label;
}

/** The line printed after the statements or pairs; null for a single-answer question. */
export function questionPrompt(q: PrelimsQuestion): string | null {
  switch (q.kind) {
    case "single":
      return null;
    case "multi-statement":
      return "Which of the statements given above is/are correct?";
    case "how-many":
      return "How many of the above statements are correct?";
    case "match-pairs":
      return "How many of the pairs given above are correctly matched?";
    case "statement-i-ii":
      return "Which one of the following is correct in respect of the above statements?";
  }
}

/** The option labels shown to the student, in order (without letters). */
export function renderOptions(q: PrelimsQuestion): string[] {
  switch (q.kind) {
    case "single":
      return q.options.map((o) => o.text);
    case "multi-statement":
      return optionSets(q).map((set) => setLabel(set, q.statements.length));
    case "how-many":
      return countOptions(q.statements.length).map((c) => countLabel(c, q.statements.length));
    case "match-pairs":
      return countOptions(q.pairs.length).map((c) => countLabel(c, q.pairs.length));
    case "statement-i-ii":
      return STATEMENT_PAIR_OPTIONS.map((o) => o.label);
  }
}

function statementPairIndex(q: StatementPairQuestion): number {
  const explains = q.statementIIExplainsI === true;
  return STATEMENT_PAIR_OPTIONS.findIndex(
    (o) => o.i === q.statementI.correct && o.ii === q.statementII.correct && o.explains === explains,
  );
}

/** Zero-based index of the correct option; for statement kinds it is derived from the truth values. */
export function correctOptionIndex(q: PrelimsQuestion): number {
  const index = (() => {
    switch (q.kind) {
      case "single":
        return q.correctIndex;
      case "multi-statement": {
        const truth = truthSet(q.statements);
        return optionSets(q).findIndex((set) => sameSet(set, truth));
      }
      case "how-many":
        return countOptions(q.statements.length).indexOf(truthSet(q.statements).length);
      case "match-pairs":
        return countOptions(q.pairs.length).indexOf(truthSet(q.pairs).length);
      case "statement-i-ii":
        return statementPairIndex(q);
    }
  })();
  // The schema rules this out; reaching it means the question skipped validation.
  if (index < 0 || index > 3) throw new Error(`question ${q.id} has no correct option; validate it with questionSchema`);
  return index;
}
