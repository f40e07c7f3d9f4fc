import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { loadAttemptQuestions } from "./question-bank";
import { assertOpen, findOwnAttempt, lockOpenAttempt } from "./attempt-access";
import { buildFeedback, loadFeedbackFacts } from "./feedback";
import { MAX_TIME_PER_QUESTION_MS } from "./quiz-config";
import type { SaveAnswerResult } from "./view-types";

export const saveAnswerSchema = z.strictObject({
  questionId: z.string({ error: "questionId must be text" }).min(1, "questionId must not be empty"),
  chosenIndex: z
    .number({ error: "chosenIndex must be a number from 0 to 3, or null for no answer" })
    .int("chosenIndex must be a whole number")
    .min(0, "chosenIndex must be 0 to 3: every question has four options (a) to (d)")
    .max(3, "chosenIndex must be 0 to 3: every question has four options (a) to (d)")
    .nullable(),
  marked: z.boolean({ error: "marked must be true or false" }).default(false),
  /** The client's running total for this question, not an increment: resending it is harmless. */
  timeSpentMs: z
    .number({ error: "timeSpentMs must be a number" })
    .int("timeSpentMs must be a whole number")
    .min(0, "timeSpentMs must not be negative")
    .default(0),
  /** Where the student is now, so a reload comes back to the same screen. */
  currentIndex: z.number({ error: "currentIndex must be a number" }).int("currentIndex must be a whole number").min(0, "currentIndex must not be negative").optional(),
});
/** As the route hands it over, parsed; callers inside the server may leave out what the schema defaults. */
export type SaveAnswerInput = Omit<z.output<typeof saveAnswerSchema>, "marked" | "timeSpentMs"> & Partial<Pick<z.output<typeof saveAnswerSchema>, "marked" | "timeSpentMs">>;

/**
 * Saves one answer (upsert by attempt and question, so a retried request changes nothing).
 * Mock answers may change until submit or the deadline; a practice answer is final once its
 * explanation has been shown, so changing it is a 409 while repeating it returns the same feedback.
 */
export async function saveAnswer(db: Db, userId: string, attemptId: string, input: SaveAnswerInput, now: Date): Promise<SaveAnswerResult> {
  const { questionId, chosenIndex, marked = false, timeSpentMs = 0, currentIndex } = input;
  const attempt = await findOwnAttempt(db, userId, attemptId);
  const position = attempt.questionIds.indexOf(questionId);
  if (position < 0) throw invalidField("questionId", `Question ${questionId} is not part of this test.`);
  if (currentIndex !== undefined && currentIndex >= attempt.questionIds.length) {
    throw invalidField("currentIndex", `This test has ${attempt.questionIds.length} questions, numbered from 0.`);
  }
  assertOpen(attempt, now);

  const elapsed = Math.max(0, now.getTime() - attempt.startedAt.getTime());
  const time = Math.min(timeSpentMs, elapsed, MAX_TIME_PER_QUESTION_MS);
  const key = { attemptId_questionId: { attemptId, questionId } };

  const saved = await db.$transaction(async (tx) => {
    if (!(await lockOpenAttempt(tx, userId, attemptId))) {
      throw new AppError("conflict", "This test has already been submitted, so its answers can no longer change.");
    }
    const previous = await tx.attemptAnswer.findUnique({ where: key, select: { chosenIndex: true } });
    if (attempt.mode === "practice" && previous?.chosenIndex != null && previous.chosenIndex !== chosenIndex) {
      throw new AppError("conflict", "You have already answered this question and seen its explanation, so the answer is final.");
    }
    if (currentIndex !== undefined) await tx.attempt.update({ where: { id: attemptId }, data: { currentIndex } });
    return tx.attemptAnswer.upsert({
      where: key,
      create: { attemptId, questionId, chosenIndex, marked, timeSpentMs: time, answeredAt: now },
      update: { chosenIndex, marked, timeSpentMs: time, answeredAt: now },
      select: { chosenIndex: true, marked: true, timeSpentMs: true },
    });
  });

  let feedback = null;
  if (attempt.mode === "practice" && saved.chosenIndex !== null) {
    const [question] = await loadAttemptQuestions(db, [questionId]);
    feedback = buildFeedback(question!, saved.chosenIndex, await loadFeedbackFacts(db, [question!]));
  }
  return { questionId, answer: saved, feedback };
}
