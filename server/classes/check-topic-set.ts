import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor, visibleQuestions, visibleTopics } from "@/server/studio/topic-access";
import type { TopicSetInput } from "@/lib/classes/inputs";

const list = (ids: string[]) => ids.slice(0, 5).join(", ") + (ids.length > 5 ? ` and ${ids.length - 5} more` : "");

/**
 * A topic set may only name live topics, and only live prelims questions on those topics
 * (a mock test is built from them). Each problem gets its own message. Another teacher's private
 * topic reads exactly like a missing one.
 */
export async function checkTopicSet(db: Db, teacherId: string, input: TopicSetInput): Promise<void> {
  const privateIds = await privateTopicIdsFor(db, { id: teacherId });
  const topics = await db.topic.findMany({ where: { id: { in: input.topicIds }, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true } });
  const knownTopics = new Set(topics.map((t) => t.id));
  const unknownTopics = input.topicIds.filter((id) => !knownTopics.has(id));
  if (unknownTopics.length > 0) {
    throw new AppError("invalid_input", `These topics do not exist or were retired: ${list(unknownTopics)}.`, { field: "topicIds" });
  }
  if (input.questionIds.length === 0) return;

  const questions = await db.question.findMany({
    where: { id: { in: input.questionIds }, retiredAt: null, ...visibleQuestions(privateIds) },
    select: { id: true, kind: true, topicIds: true },
  });
  const byId = new Map(questions.map((q) => [q.id, q]));
  const unknown = input.questionIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new AppError("invalid_input", `These questions do not exist or were retired: ${list(unknown)}.`, { field: "questionIds" });
  }
  const mains = questions.filter((q) => q.kind === "mains").map((q) => q.id);
  if (mains.length > 0) {
    throw new AppError("invalid_input", `Mock tests take prelims questions only; remove ${list(mains)}.`, { field: "questionIds" });
  }
  const offTopic = questions.filter((q) => !q.topicIds.some((t) => knownTopics.has(t))).map((q) => q.id);
  if (offTopic.length > 0) {
    throw new AppError("invalid_input", `These questions are not about any chosen topic: ${list(offTopic)}.`, { field: "questionIds" });
  }
}
