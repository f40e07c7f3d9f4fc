import "server-only";
import type { Db } from "@/server/db";
import type { TopicSetInput } from "@/lib/classes/inputs";
import { checkTopicSet } from "./check-topic-set";
import { noTopicSet } from "./not-found";
import type { TopicSetSummary } from "./create-topic-set";

/**
 * Replaces a topic set's name and selection. Assignments already made from it keep their
 * frozen test questions; their review scope follows the set, and progress (computed from
 * review logs) is never lost.
 */
export async function updateTopicSet(db: Db, teacherId: string, topicSetId: string, input: TopicSetInput): Promise<TopicSetSummary> {
  await checkTopicSet(db, teacherId, input);
  const { count } = await db.topicSet.updateMany({
    where: { id: topicSetId, teacherId },
    data: { name: input.name, topicIds: input.topicIds, questionIds: input.questionIds },
  });
  if (count === 0) throw noTopicSet();
  return { id: topicSetId, ...input };
}
