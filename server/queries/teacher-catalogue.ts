import "server-only";
import type { Db } from "@/server/db";
import { questionSchema } from "@/lib/content/question-schema";

export type CatalogueTopic = { id: string; title: string; cards: number };
export type CatalogueQuestion = { id: string; topicIds: string[]; kind: string; difficulty: string; stem: string };

/** What a teacher picks from when building a topic set: live topics and live prelims questions. */
export async function getTeacherCatalogue(db: Db): Promise<{ topics: CatalogueTopic[]; questions: CatalogueQuestion[] }> {
  const [topics, cards, questions] = await Promise.all([
    db.topic.findMany({ where: { retiredAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
    db.flashcard.groupBy({ by: ["topicId"], where: { retiredAt: null }, _count: { _all: true } }),
    db.question.findMany({
      where: { retiredAt: null, kind: { not: "mains" } },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, topicIds: true, kind: true, difficulty: true, data: true },
    }),
  ]);
  const cardCount = new Map(cards.map((c) => [c.topicId, c._count._all]));
  return {
    topics: topics.map((t) => ({ ...t, cards: cardCount.get(t.id) ?? 0 })),
    questions: questions.map((q) => {
      const parsed = questionSchema.safeParse(q.data);
      const data = parsed.success ? parsed.data : null;
      const stem = (data && "stem" in data ? data.stem : undefined) ?? (data?.kind === "statement-i-ii" ? data.statementI.text : q.id);
      return { id: q.id, topicIds: q.topicIds, kind: q.kind, difficulty: q.difficulty, stem };
    }),
  };
}
