import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import { listActivePrelims } from "./question-bank";
import { startAttempt, type StartedAttempt } from "./start-attempt";

/** The student's unfinished practice session on this topic, if any (assignments excluded). */
export async function findOpenTopicPractice(db: Db, userId: string, topicId: string) {
  const open = await db.attempt.findMany({
    where: { userId, mode: "practice", submittedAt: null, assignmentId: null, topicIds: { equals: [topicId] } },
    orderBy: { startedAt: "desc" },
    take: 1,
    select: { id: true, mode: true, questionIds: true, startedAt: true, deadline: true },
  });
  return open[0] ?? null;
}

/**
 * Continues the open practice session on a topic, or starts one over every live question of
 * the topic in content order. Asking twice gives the same session, so a double click is harmless.
 */
export async function startTopicPractice(db: Db, userId: string, topicId: string, now: Date): Promise<StartedAttempt> {
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  const topic = await db.topic.findFirst({ where: { id: topicId, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true } });
  if (!topic) throw new AppError("not_found", "There is no such topic.");
  const open = await findOpenTopicPractice(db, userId, topicId);
  if (open) return open;
  const questions = await listActivePrelims(db, [topicId]);
  if (questions.length === 0) throw new AppError("invalid_input", "This topic has no practice questions yet.");
  return startAttempt(db, userId, { mode: "practice", questionIds: questions.map((q) => q.id), topicIds: [topicId] }, now);
}
