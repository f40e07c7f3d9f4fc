import "server-only";
import type { Db } from "@/server/db";
import { questionSchema } from "@/lib/content/question-schema";
import { privateTopicIdsFor, visibleQuestions, visibleTopics } from "@/server/studio/topic-access";

export type CatalogueTopic = { id: string; title: string; cards: number; private: boolean };
export type CatalogueQuestion = { id: string; topicIds: string[]; kind: string; difficulty: string; stem: string };

/** What a teacher picks from when building a topic set: live public topics, their own private ones, and their prelims questions. */
export async function getTeacherCatalogue(db: Db, teacherId: string): Promise<{ topics: CatalogueTopic[]; questions: CatalogueQuestion[] }> {
  const privateIds = await privateTopicIdsFor(db, { id: teacherId });
  const [topics, cards, questions] = await Promise.all([
    db.topic.findMany({ where: { retiredAt: null, ...visibleTopics(privateIds) }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, title: true, ownerId: true } }),
    db.flashcard.groupBy({ by: ["topicId"], where: { retiredAt: null, ownerId: null }, _count: { _all: true } }),
    db.question.findMany({
      where: { retiredAt: null, kind: { not: "mains" }, ...visibleQuestions(privateIds) },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, topicIds: true, kind: true, difficulty: true, data: true },
    }),
  ]);
  const cardCount = new Map(cards.map((c) => [c.topicId, c._count._all]));
  return {
    topics: topics.map(({ ownerId, ...t }) => ({ ...t, cards: cardCount.get(t.id) ?? 0, private: ownerId !== null })),
    questions: questions.map((q) => {
      const parsed = questionSchema.safeParse(q.data);
      const data = parsed.success ? parsed.data : null;
      const stem = (data && "stem" in data ? data.stem : undefined) ?? (data?.kind === "statement-i-ii" ? data.statementI.text : q.id);
      return { id: q.id, topicIds: q.topicIds, kind: q.kind, difficulty: q.difficulty, stem };
    }),
  };
}
