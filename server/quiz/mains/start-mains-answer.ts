import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { loadMainsQuestion } from "./mains-questions";

export const startMainsSchema = z.strictObject({
  questionId: z.string({ error: "questionId must be text" }).min(1, "questionId must not be empty"),
});

/**
 * Opens the student's draft for a mains question: the unfinished one if there is one (so a
 * second tab or a double click never forks the text), else a new draft whose timer starts now.
 */
export async function startMainsAnswer(db: Db, userId: string, input: z.output<typeof startMainsSchema>, now: Date): Promise<{ id: string }> {
  const { questionId } = input;
  await loadMainsQuestion(db, questionId, { liveOnly: true, userId });
  const findOpen = () => db.mainsAnswer.findFirst({ where: { userId, questionId, submittedAt: null }, select: { id: true } });
  const open = await findOpen();
  if (open) return open;
  try {
    return await db.mainsAnswer.create({ data: { userId, questionId, startedAt: now }, select: { id: true } });
  } catch (error) {
    // Another tab opened it first: the partial unique index allows one open draft.
    const winner = isUniqueViolation(error) ? await findOpen() : null;
    if (!winner) throw error;
    return winner;
  }
}
