import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError, invalidField } from "@/server/errors";
import { findOwnMainsAnswer, loadMainsQuestion } from "./mains-questions";

export const rubricSchema = z.strictObject({
  checked: z.array(z.boolean({ error: "each rubric tick must be true or false" }), { error: "checked must be a list of true/false ticks" }),
});

/** Stores the student's own rubric ticks, one per rubric item; only after the answer is submitted. */
export async function tickMainsRubric(db: Db, userId: string, answerId: string, input: z.output<typeof rubricSchema>): Promise<{ id: string; checked: boolean[] }> {
  const { checked } = input;
  const answer = await findOwnMainsAnswer(db, userId, answerId);
  if (answer.submittedAt === null) throw new AppError("conflict", "Submit your answer first: the rubric is for checking a finished answer.");
  const question = await loadMainsQuestion(db, answer.questionId);
  if (checked.length !== question.rubric.length) {
    const n = question.rubric.length;
    throw invalidField("checked", `This rubric has ${n} item${n === 1 ? "" : "s"}, but ${checked.length} ticks were sent.`);
  }
  await db.mainsAnswer.updateMany({ where: { id: answer.id, userId }, data: { rubric: checked } });
  return { id: answer.id, checked };
}
