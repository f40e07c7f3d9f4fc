import "server-only";
import type { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { findOwnMainsAnswer } from "./mains-questions";
import { mainsTextSchema } from "./save-mains-draft";

/**
 * Finishes a mains answer with its final text, after which the framework and rubric are shown.
 * The conditional update means a second submit is a 409 and the first text stands.
 */
export async function submitMainsAnswer(db: Db, userId: string, answerId: string, input: z.output<typeof mainsTextSchema>, now: Date): Promise<{ id: string; submittedAt: string }> {
  const { text } = input;
  if (text.trim() === "") throw invalidField("text", "Write your answer before submitting it.");
  const done = await db.mainsAnswer.updateMany({ where: { id: answerId, userId, submittedAt: null }, data: { text, submittedAt: now } });
  if (done.count === 0) {
    await findOwnMainsAnswer(db, userId, answerId);
    throw new AppError("conflict", "This answer has already been submitted.");
  }
  return { id: answerId, submittedAt: now.toISOString() };
}
