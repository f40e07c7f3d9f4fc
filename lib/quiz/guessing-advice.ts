import { z } from "zod";
import { abs, add, compare, formatFraction, fraction, mul, sub, type Fraction } from "./fraction";
import { DEFAULT_MARKING_SCHEME, type MarkingScheme } from "./marking-scheme";

/** Below this many reviewed questions the advice says its numbers are a rough guide. */
const SMALL_SAMPLE = 10;

/**
 * "Accuracy when unsure": how the student did on the questions they marked for review,
 * which is the best record we have of their guesses.
 */
export const unsureRecordSchema = z
  .strictObject({
    correct: z.number().int("correct must be a whole number").min(0, "correct must not be negative"),
    total: z.number().int("total must be a whole number").min(0, "total must not be negative"),
  })
  .refine((r) => r.correct <= r.total, "correct cannot exceed total");
export type UnsureRecord = z.infer<typeof unsureRecordSchema>;

export type GuessingVerdict = "guess" | "skip" | "break-even" | "no-data";

export type GuessingAdvice = {
  /** The accuracy at which a guess is worth exactly 0: |wrong| / (correct + |wrong|). */
  breakEven: Fraction;
  /** Expected marks of a blind guess among `optionCount` options. */
  blindGuessValue: Fraction;
  accuracy: Fraction | null;
  /** Expected marks per guess at the student's accuracy; null without data. */
  expectedValue: Fraction | null;
  verdict: GuessingVerdict;
  advice: string;
};

/** EV = p * correct + (1 - p) * wrong, exactly. */
export function expectedValue(scheme: MarkingScheme, p: Fraction): Fraction {
  return add(mul(p, scheme.correct), mul(sub(fraction(1), p), scheme.wrong));
}

export function breakEvenAccuracy(scheme: MarkingScheme): Fraction {
  const penalty = abs(scheme.wrong);
  const total = add(scheme.correct, penalty);
  return fraction(penalty.n * total.d, penalty.d * total.n);
}

const percent = (p: Fraction) => `${Number(((p.n / p.d) * 100).toFixed(1))}%`;
const signedMarks = (x: Fraction) => `${x.n > 0 ? "+" : ""}${formatFraction(x, "round")}`;

export function guessingAdvice(
  record: UnsureRecord,
  scheme: MarkingScheme = DEFAULT_MARKING_SCHEME,
  optionCount = 4,
): GuessingAdvice {
  const { correct, total } = unsureRecordSchema.parse(record);
  if (!Number.isInteger(optionCount) || optionCount < 2) throw new RangeError("optionCount must be a whole number of at least 2");
  const breakEven = breakEvenAccuracy(scheme);
  const blindGuessValue = expectedValue(scheme, fraction(1, optionCount));
  const rule = `Under ${scheme.name}, a guess pays off only if you are right more than ${percent(breakEven)} of the time`;

  if (total === 0) {
    return {
      breakEven,
      blindGuessValue,
      accuracy: null,
      expectedValue: null,
      verdict: "no-data",
      advice:
        `You have not marked any questions for review yet, so there is no record of how your guesses go. ` +
        `${rule}; a blind pick among ${optionCount} options is worth ${signedMarks(blindGuessValue)} marks on average, ` +
        `so guess only after ruling out at least one option.`,
    };
  }

  const accuracy = fraction(correct, total);
  const ev = expectedValue(scheme, accuracy);
  const side = compare(accuracy, breakEven);
  const verdict: GuessingVerdict = side > 0 ? "guess" : side < 0 ? "skip" : "break-even";
  const history = `On the questions you marked for review you were right ${correct} of ${total} times (${percent(accuracy)}). ${rule}.`;
  const action = {
    guess: `At your rate each such guess is worth ${signedMarks(ev)} marks on average: answer them when you can narrow the options.`,
    skip: `At your rate each such guess costs ${formatFraction(abs(ev), "round")} marks on average: leave them blank unless you can rule options out.`,
    "break-even": "At your rate a guess neither gains nor loses on average: answer only when you can rule out an option.",
  }[verdict];
  const caveat = total < SMALL_SAMPLE ? ` This rests on only ${total} question${total === 1 ? "" : "s"}, so treat it as a rough guide.` : "";
  return { breakEven, blindGuessValue, accuracy, expectedValue: ev, verdict, advice: `${history} ${action}${caveat}` };
}
