import "server-only";
import type { StatsCard, StatsTopic } from "@/lib/stats";
import type { Db } from "@/server/db";
import { visibleTopics } from "@/server/studio/topic-access";
import { scheduleFromRow } from "@/server/reviews/card-state-mapper";

/** Live topics in course order, with their live catalogue flashcard counts. */
export async function findStatsTopics(db: Db, privateTopicIds: readonly string[] = []): Promise<StatsTopic[]> {
  const topics = await db.topic.findMany({
    where: { retiredAt: null, ...visibleTopics(privateTopicIds) },
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: { id: true, title: true, _count: { select: { flashcards: { where: { retiredAt: null, ownerId: null } } } } },
  });
  return topics.map((t) => ({ id: t.id, title: t.title, cardCount: t._count.flashcards }));
}

/**
 * The student's schedules for live catalogue cards (one row per card started, a few hundred at most,
 * unlike the logs), with each card's topic and facts, for mastery and exam predictions. Personal cards
 * are left out: mastery and readiness measure the syllabus (docs/decisions/014-personal-cards.md).
 */
export async function findStatsCards(db: Db, userId: string): Promise<StatsCard[]> {
  const rows = await db.cardState.findMany({
    where: { userId, card: { retiredAt: null, ownerId: null, topic: { retiredAt: null } } },
    select: {
      cardId: true,
      due: true,
      stability: true,
      difficulty: true,
      elapsedDays: true,
      scheduledDays: true,
      learningSteps: true,
      reps: true,
      lapses: true,
      state: true,
      lastReview: true,
      card: { select: { topicId: true, factIds: true } },
    },
  });
  return rows.flatMap(({ card, cardId, ...schedule }) =>
    card.topicId === null ? [] : [{ cardId, topicId: card.topicId, factIds: card.factIds, schedule: scheduleFromRow(schedule) }],
  );
}

/** Statements of the facts named, for the "review these first" list. */
export function findFactStatements(db: Db, factIds: readonly string[]) {
  if (factIds.length === 0) return Promise.resolve([]);
  return db.fact.findMany({
    where: { id: { in: [...factIds] } },
    select: { id: true, topicId: true, statement: true, topic: { select: { title: true } } },
  });
}
