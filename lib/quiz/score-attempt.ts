import { z } from "zod";
import { isPrelimsQuestion, type PrelimsQuestion } from "../content/question-schema";
import { abs, scale, sum, type Fraction } from "./fraction";
import { DEFAULT_MARKING_SCHEME, marksFor, type MarkingScheme, type Outcome } from "./marking-scheme";
import { correctOptionIndex } from "./render-options";

/** One answer as submitted; null means left blank. */
export const attemptAnswerSchema = z.strictObject({
  questionId: z.string({ error: "questionId must be text" }).min(1, "questionId must not be empty"),
  chosenIndex: z
    .number({ error: "chosenIndex must be a number or null" })
    .int("chosenIndex must be a whole number")
    .min(0, "chosenIndex must be 0 to 3")
    .max(3, "chosenIndex must be 0 to 3")
    .nullable(),
});
export const attemptAnswersSchema = z.array(attemptAnswerSchema);
export type AttemptAnswer = z.infer<typeof attemptAnswerSchema>;

export type QuestionResult = {
  questionId: string;
  topicIds: readonly string[];
  chosenIndex: number | null;
  correctIndex: number;
  outcome: Outcome;
  marks: Fraction;
};

export type Tally = {
  questions: number;
  correct: number;
  wrong: number;
  blank: number;
  marks: Fraction;
  /** correct / attempted; null when nothing was attempted. */
  accuracy: number | null;
};

export type AttemptScore = Tally & {
  schemeId: string;
  results: QuestionResult[];
  maxMarks: Fraction;
  /** Marks deducted for wrong answers, as a positive amount (already included in `marks`). */
  marksLostToPenalty: Fraction;
  /** A question under several topics counts in each, so topic marks need not sum to the total. */
  byTopic: ({ topicId: string } & Tally)[];
};

function tally(results: readonly QuestionResult[]): Tally {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const correct = count("correct");
  const wrong = count("wrong");
  const attempted = correct + wrong;
  return {
    questions: results.length,
    correct,
    wrong,
    blank: count("blank"),
    marks: sum(results.map((r) => r.marks)),
    accuracy: attempted === 0 ? null : correct / attempted,
  };
}

/**
 * Scores a prelims attempt. Questions without an answer count as blank; an answer for a question
 * not in the test, or two answers for one question, is an error rather than silently dropped.
 */
export function scoreAttempt(
  questions: readonly PrelimsQuestion[],
  answers: readonly AttemptAnswer[],
  scheme: MarkingScheme = DEFAULT_MARKING_SCHEME,
): AttemptScore {
  const parsed = attemptAnswersSchema.parse(answers);
  const ids = new Set<string>();
  for (const q of questions) {
    if (!isPrelimsQuestion(q)) throw new Error(`question ${(q as { id: string }).id} is a mains question and cannot be scored`);
    if (ids.has(q.id)) throw new Error(`question ${q.id} appears twice in the test`);
    ids.add(q.id);
  }
  const chosen = new Map<string, number | null>();
  for (const a of parsed) {
    if (!ids.has(a.questionId)) throw new Error(`answer for unknown question ${a.questionId}`);
    if (chosen.has(a.questionId)) throw new Error(`two answers for question ${a.questionId}`);
    chosen.set(a.questionId, a.chosenIndex);
  }

  const results = questions.map((q): QuestionResult => {
    const chosenIndex = chosen.get(q.id) ?? null;
    const correctIndex = correctOptionIndex(q);
    const outcome: Outcome = chosenIndex === null ? "blank" : chosenIndex === correctIndex ? "correct" : "wrong";
    return { questionId: q.id, topicIds: q.topicIds, chosenIndex, correctIndex, outcome, marks: marksFor(scheme, outcome) };
  });

  const topicIds = [...new Set(results.flatMap((r) => r.topicIds))];
  const overall = tally(results);
  return {
    schemeId: scheme.id,
    ...overall,
    results,
    maxMarks: scale(scheme.correct, questions.length),
    marksLostToPenalty: scale(abs(scheme.wrong), overall.wrong),
    byTopic: topicIds.map((topicId) => ({ topicId, ...tally(results.filter((r) => r.topicIds.includes(topicId))) })),
  };
}
