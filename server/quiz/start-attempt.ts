import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { parseInput } from "@/server/http/parse-input";
import { isPrelimsQuestion } from "@/lib/content/question-schema";
import { deadlineFor, defaultTimeLimit } from "@/lib/quiz/deadline";
import { loadQuestions } from "./question-bank";
import { MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES, QUIZ_SCHEME } from "./quiz-config";

const idText = (field: string) => z.string({ error: `${field} must be text` }).min(1, `${field} must not be empty`);

export const startAttemptSchema = z.strictObject({
  mode: z.enum(["practice", "mock"], { error: 'mode must be "practice" or "mock"' }),
  questionIds: z
    .array(idText("question id"), { error: "questionIds must be a list" })
    .min(1, "a test needs at least one question")
    .max(MAX_QUESTIONS, `a test holds at most ${MAX_QUESTIONS} questions`)
    .refine((ids) => new Set(ids).size === ids.length, "questionIds must not repeat a question"),
  /** Mock only; omitted or null gives UPSC's 1.2 minutes per question. Practice is untimed. */
  timeLimitMs: z
    .number({ error: "timeLimitMs must be a number" })
    .int("timeLimitMs must be a whole number of milliseconds")
    .min(60_000, "the time limit must be at least one minute")
    .max(MAX_TIME_LIMIT_MINUTES * 60_000, `the time limit must be at most ${MAX_TIME_LIMIT_MINUTES} minutes`)
    .nullable()
    .optional(),
  assignmentId: idText("assignmentId").optional(),
  /** What the student chose; defaults to every topic the questions cover. */
  topicIds: z.array(idText("topic id")).optional(),
});
export type StartAttemptInput = z.input<typeof startAttemptSchema>;

export type StartedAttempt = { id: string; mode: "practice" | "mock"; questionIds: string[]; startedAt: Date; deadline: Date | null };

/**
 * Starts an attempt on exactly these questions, in this order. Teachers' assignments call it
 * with the questions frozen on the assignment, so every student sits the same test.
 * The deadline is fixed now and stored: reloading or resuming never moves it.
 */
export async function startAttempt(db: Db, userId: string, input: StartAttemptInput, now: Date): Promise<StartedAttempt> {
  const { mode, questionIds, timeLimitMs, assignmentId, topicIds } = parseInput(input, startAttemptSchema);
  if (mode === "practice" && timeLimitMs != null) {
    throw invalidField("timeLimitMs", "Practice is untimed; use mode \"mock\" for a timed test.");
  }
  const bank = await loadQuestions(db, questionIds);
  const missing = questionIds.filter((id) => !bank.has(id));
  if (missing.length > 0) throw invalidField("questionIds", `No question with id ${missing.join(", ")}.`);
  const mains = questionIds.filter((id) => !isPrelimsQuestion(bank.get(id)!));
  if (mains.length > 0) throw invalidField("questionIds", `${mains.join(", ")} is a mains question; tests hold prelims questions only.`);
  if (assignmentId !== undefined) {
    const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: { id: true } });
    if (!assignment) throw new AppError("not_found", "There is no such assignment.");
  }

  const limit = mode === "mock" ? (timeLimitMs ?? defaultTimeLimit(questionIds.length)) : null;
  const covered = [...new Set(questionIds.flatMap((id) => bank.get(id)!.topicIds))];
  const attempt = await db.attempt.create({
    data: {
      userId,
      mode,
      questionIds,
      topicIds: topicIds ?? covered,
      schemeId: QUIZ_SCHEME.id,
      startedAt: now,
      deadline: limit === null ? null : deadlineFor(now, limit),
      assignmentId: assignmentId ?? null,
    },
    select: { id: true, mode: true, questionIds: true, startedAt: true, deadline: true },
  });
  return attempt;
}
