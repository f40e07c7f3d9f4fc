import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { buildMockTest, NotEnoughQuestionsError } from "@/lib/quiz/build-mock-test";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import { listActivePrelims } from "./question-bank";
import { MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES } from "./quiz-config";
import { startAttempt, type StartedAttempt } from "./start-attempt";

export const mockTestSchema = z.strictObject({
  mode: z.literal("mock"),
  topicIds: z
    .array(z.string({ error: "topic ids must be text" }).min(1, "topic ids must not be empty"), { error: "topicIds must be a list" })
    .min(1, "choose at least one topic")
    .refine((ids) => new Set(ids).size === ids.length, "topicIds must not repeat a topic"),
  count: z
    .number({ error: "count must be a number" })
    .int("count must be a whole number")
    .min(1, "a test needs at least 1 question")
    .max(MAX_QUESTIONS, `a test holds at most ${MAX_QUESTIONS} questions`),
  /** Omitted or null: UPSC's pace of 1.2 minutes per question. */
  timeLimitMinutes: z
    .number({ error: "timeLimitMinutes must be a number" })
    .min(1, "the time limit must be at least 1 minute")
    .max(MAX_TIME_LIMIT_MINUTES, `the time limit must be at most ${MAX_TIME_LIMIT_MINUTES} minutes`)
    .nullable()
    .optional(),
});
export type MockTestInput = z.output<typeof mockTestSchema>;

/** Draws a fresh mock test from the chosen topics and starts its clock. */
export async function startMockTest(db: Db, userId: string, input: MockTestInput, now: Date): Promise<StartedAttempt> {
  const { topicIds, count, timeLimitMinutes } = input;
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  const topics = await db.topic.findMany({ where: { id: { in: topicIds }, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true } });
  const unknown = topicIds.filter((id) => !topics.some((t) => t.id === id));
  if (unknown.length > 0) throw invalidField("topicIds", `No topic with id ${unknown.join(", ")}.`);

  const pool = await listActivePrelims(db, topicIds);
  let picked;
  try {
    // The seed only needs to differ between tests; the drawn ids are stored on the attempt.
    picked = buildMockTest(pool, { topicIds, count, seed: randomUUID() });
  } catch (error) {
    if (error instanceof NotEnoughQuestionsError) {
      throw new AppError("invalid_input", `The chosen topics have ${error.available} question${error.available === 1 ? "" : "s"}; ask for ${error.available} or fewer, or add topics.`, { field: "count", available: error.available });
    }
    throw error;
  }
  return startAttempt(
    db,
    userId,
    {
      mode: "mock",
      questionIds: picked.map((q) => q.id),
      timeLimitMs: timeLimitMinutes == null ? null : Math.round(timeLimitMinutes * 60_000),
      topicIds,
    },
    now,
  );
}
