import { formatExact, formatFraction, fraction, type Fraction } from "./fraction";

/** A marking scheme is data: marks per outcome, kept as exact fractions. */
export type MarkingScheme = {
  readonly id: string;
  readonly name: string;
  readonly correct: Fraction;
  /** Zero or negative: the penalty for a wrong answer. */
  readonly wrong: Fraction;
  readonly blank: Fraction;
};

export type Outcome = "correct" | "wrong" | "blank";

/** UPSC Prelims GS Paper I: 2 marks per correct answer, a third of that deducted per wrong one. */
export const UPSC_GS1_SCHEME: MarkingScheme = {
  id: "upsc-prelims-gs1",
  name: "UPSC Prelims GS Paper I",
  correct: fraction(2),
  wrong: fraction(-2, 3),
  blank: fraction(0),
};

/** UPSC Prelims CSAT (GS Paper II): 2.5 marks per correct answer, the same one-third penalty. */
export const UPSC_CSAT_SCHEME: MarkingScheme = {
  id: "upsc-prelims-csat",
  name: "UPSC Prelims CSAT (GS Paper II)",
  correct: fraction(5, 2),
  wrong: fraction(-5, 6),
  blank: fraction(0),
};

export const DEFAULT_MARKING_SCHEME = UPSC_GS1_SCHEME;

export function marksFor(scheme: MarkingScheme, outcome: Outcome): Fraction {
  return scheme[outcome];
}

/** Rejects schemes that would reward wrong answers or punish right ones. */
export function assertValidScheme(scheme: MarkingScheme): MarkingScheme {
  if (scheme.correct.n <= 0) throw new RangeError(`scheme ${scheme.id}: correct marks must be positive`);
  if (scheme.wrong.n > 0) throw new RangeError(`scheme ${scheme.id}: wrong-answer marks must be zero or negative`);
  if (scheme.blank.n !== 0) throw new RangeError(`scheme ${scheme.id}: a blank must score 0`);
  return scheme;
}

/** Marks for display, e.g. "93.33" or "−1.33" (rounded to two decimals). */
export function formatMarks(marks: Fraction): string {
  return formatFraction(marks, "round");
}

/**
 * The per-question penalty, exactly: "−⅔". A decimal such as −0.66 would not multiply back to the
 * totals shown (3 × 0.66 is not 2.00), so the rule is always shown as the fraction it is.
 */
export function formatPenalty(scheme: MarkingScheme): string {
  return formatExact(scheme.wrong);
}

/** The marks for a correct answer, exactly and signed: "+2". */
export function formatReward(scheme: MarkingScheme): string {
  return `+${formatExact(scheme.correct)}`;
}

/** The rule in one sentence, the same wherever marking is explained. */
export function describeMarking(scheme: MarkingScheme): string {
  return `${formatReward(scheme)} for a correct answer, ${formatPenalty(scheme)} for a wrong one (a third of the marks for a correct answer), 0 for a blank`;
}
