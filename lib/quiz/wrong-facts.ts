import type { PrelimsQuestion, StatementPairQuestion } from "../content/question-schema";
import { correctOptionIndex, countOptions, STATEMENT_PAIR_OPTIONS } from "./render-options";
import { optionSets, truthSet } from "./statement-sets";

type Cited = { factIds: readonly string[] };

const factsOf = (items: readonly Cited[]): string[] => [...new Set(items.flatMap((s) => s.factIds))];

/**
 * The fact ids behind a student's mistake, so "mistakes feed memory" reviews what was misjudged.
 * - correct answer: none.
 * - blank: the question's factIds (the student did not know it, but we cannot tell which part).
 * - single: the question's factIds.
 * - multi-statement: the statements the chosen option judged wrongly (symmetric difference of sets).
 * - how-many / match-pairs: a count only reveals direction. Too low a count means some correct
 *   items were judged incorrect, so their facts are implicated; too high, the incorrect items'.
 * - statement-i-ii: the statement(s) whose truth the option misjudged; a wrong "explains" claim
 *   implicates both statements, since the link is a claim about the two together.
 */
export function wrongFacts(q: PrelimsQuestion, chosenIndex: number | null): string[] {
  if (chosenIndex === null) return [...q.factIds];
  if (!Number.isInteger(chosenIndex) || chosenIndex < 0 || chosenIndex > 3) {
    throw new RangeError(`chosenIndex ${chosenIndex} is out of range for question ${q.id} (0 to 3)`);
  }
  if (chosenIndex === correctOptionIndex(q)) return [];
  switch (q.kind) {
    case "single":
      return [...q.factIds];
    case "multi-statement": {
      const chosen = new Set(optionSets(q)[chosenIndex]);
      return factsOf(q.statements.filter((s, i) => chosen.has(i + 1) !== s.correct));
    }
    case "how-many":
      return byCount(q.statements, chosenIndex);
    case "match-pairs":
      return byCount(q.pairs, chosenIndex);
    case "statement-i-ii":
      return statementPairFacts(q, chosenIndex);
  }
}

function byCount(items: readonly (Cited & { correct: boolean })[], chosenIndex: number): string[] {
  const claimed = countOptions(items.length)[chosenIndex] ?? 0;
  const undercounted = claimed < truthSet(items).length;
  return factsOf(items.filter((s) => s.correct === undercounted));
}

function statementPairFacts(q: StatementPairQuestion, chosenIndex: number): string[] {
  const claim = STATEMENT_PAIR_OPTIONS[chosenIndex];
  if (!claim) return [];
  const misjudged: Cited[] = [];
  if (claim.i !== q.statementI.correct) misjudged.push(q.statementI);
  if (claim.ii !== q.statementII.correct) misjudged.push(q.statementII);
  // Only options (a) and (b) assert anything about the link, and only when both are in fact true.
  const bothTrue = q.statementI.correct && q.statementII.correct;
  if (misjudged.length === 0 && bothTrue && claim.explains !== (q.statementIIExplainsI === true)) {
    misjudged.push(q.statementI, q.statementII);
  }
  return factsOf(misjudged);
}
