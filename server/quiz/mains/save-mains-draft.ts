import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { MAX_MAINS_CHARS } from "../quiz-config";
import { findOwnMainsAnswer } from "./mains-questions";

export const mainsTextSchema = z.strictObject({
  text: z.string({ error: "text must be text" }).max(MAX_MAINS_CHARS, `the answer is too long: keep it under ${MAX_MAINS_CHARS} characters`),
});

/** Saves the whole draft text (not a diff), so a retried save is harmless. Submitted answers are final. */
export async function saveMainsDraft(db: Db, userId: string, answerId: string, input: z.output<typeof mainsTextSchema>, now: Date): Promise<{ id: string; text: string; savedAt: string }> {
  const { text } = input;
  const saved = await db.mainsAnswer.updateMany({ where: { id: answerId, userId, submittedAt: null }, data: { text } });
  if (saved.count === 0) {
    await findOwnMainsAnswer(db, userId, answerId);
    throw new AppError("conflict", "This answer has been submitted, so its text can no longer change.");
  }
  return { id: answerId, text, savedAt: now.toISOString() };
}
