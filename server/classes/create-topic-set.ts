import "server-only";
import type { Db } from "@/server/db";
import type { TopicSetInput } from "@/lib/classes/inputs";
import { checkTopicSet } from "./check-topic-set";

export type TopicSetSummary = { id: string; name: string; topicIds: string[]; questionIds: string[] };

export async function createTopicSet(db: Db, teacherId: string, input: TopicSetInput, now: Date): Promise<TopicSetSummary> {
  await checkTopicSet(db, teacherId, input);
  return db.topicSet.create({
    data: { teacherId, name: input.name, topicIds: input.topicIds, questionIds: input.questionIds, createdAt: now },
    select: { id: true, name: true, topicIds: true, questionIds: true },
  });
}
