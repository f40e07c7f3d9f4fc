import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor, visibleQuestions } from "@/server/studio/topic-access";
import type { MainsQuestion } from "@/lib/content/question-schema";
import { loadQuestions } from "../question-bank";

/** A mains question by id; retired ones still load for answers written before they were retired. */
export async function loadMainsQuestion(db: Db, questionId: string, { liveOnly = false, userId = "" } = {}): Promise<MainsQuestion> {
  if (liveOnly) {
    const privateIds = userId ? await privateTopicIdsFor(db, { id: userId }) : [];
    const live = await db.question.count({ where: { id: questionId, retiredAt: null, ...visibleQuestions(privateIds) } });
    if (live === 0) throw new AppError("not_found", "There is no such mains question.");
  }
  const q = (await loadQuestions(db, [questionId])).get(questionId);
  if (!q || q.kind !== "mains") throw new AppError("not_found", "There is no such mains question.");
  return q;
}

/** Owner-only lookup: someone else's answer is a 404, exactly like a missing one. */
export async function findOwnMainsAnswer(db: Db, userId: string, answerId: string) {
  const answer = await db.mainsAnswer.findFirst({
    where: { id: answerId, userId },
    select: { id: true, questionId: true, text: true, rubric: true, startedAt: true, updatedAt: true, submittedAt: true },
  });
  if (!answer) throw new AppError("not_found", "There is no such mains answer on your account.");
  return answer;
}
