import "server-only";
import type { Db } from "@/server/db";
import { visibleQuestions, visibleTopics } from "@/server/studio/topic-access";

export type PracticeTopic = { id: string; title: string; questionCount: number };

/** Live topics in syllabus order, each with how many live prelims questions touch it. */
export async function listPracticeTopics(db: Db, privateTopicIds: readonly string[] = []): Promise<PracticeTopic[]> {
  const [topics, questions] = await Promise.all([
    db.topic.findMany({ where: { retiredAt: null, ...visibleTopics(privateTopicIds) }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
    db.question.findMany({ where: { retiredAt: null, kind: { not: "mains" }, ...visibleQuestions(privateTopicIds) }, select: { topicIds: true } }),
  ]);
  const counts = new Map<string, number>();
  for (const q of questions) for (const t of q.topicIds) counts.set(t, (counts.get(t) ?? 0) + 1);
  return topics.map((t) => ({ ...t, questionCount: counts.get(t.id) ?? 0 }));
}

export async function getPracticeTopic(db: Db, topicId: string, privateTopicIds: readonly string[] = []) {
  return db.topic.findFirst({ where: { id: topicId, retiredAt: null, ...visibleTopics(privateTopicIds) }, select: { id: true, title: true, summary: true } });
}

/** Titles of these topics (retired ones too, for old attempts), keyed by id. */
export async function topicTitles(db: Db, ids: readonly string[]): Promise<Record<string, string>> {
  const rows = await db.topic.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
  return Object.fromEntries(rows.map((t) => [t.id, t.title]));
}
