import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { assertOpen, findOwnAttempt } from "./attempt-access";

export const moveSchema = z.strictObject({
  currentIndex: z.number({ error: "currentIndex must be a number" }).int("currentIndex must be a whole number").min(0, "currentIndex must not be negative"),
});

/** Remembers which question is on screen, so closing the tab and coming back lands on it. */
export async function moveToQuestion(db: Db, userId: string, attemptId: string, input: z.output<typeof moveSchema>, now: Date): Promise<{ currentIndex: number }> {
  const { currentIndex } = input;
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (currentIndex >= attempt.questionIds.length) {
    throw invalidField("currentIndex", `This test has ${attempt.questionIds.length} questions, numbered from 0.`);
  }
  assertOpen(attempt, now);
  const moved = await db.attempt.updateMany({ where: { id: attemptId, userId, submittedAt: null }, data: { currentIndex } });
  if (moved.count === 0) throw new AppError("conflict", "This test has already been submitted, so it can no longer change.");
  return { currentIndex };
}
