import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";

/**
 * Topics and flashcards written for these tests (not from any article): `topics` topics in order,
 * each with `perTopic` cards; card ids are "<prefix>-t<topic>-c<card>". Returns the ids in curriculum order.
 * Each card asks about its own fact, unless `siblings`: then a topic's cards share one fact.
 */
export async function seedDeck(db: Db, { prefix = randomUUID().slice(0, 8), topics = 2, perTopic = 3, exclusive = false, siblings = false } = {}) {
  // Content is shared by all users: `exclusive` retires earlier decks so only this one can be new.
  if (exclusive) {
    await db.flashcard.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    await db.topic.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
  }
  const topicIds: string[] = [];
  const cardIds: string[] = [];
  for (let t = 1; t <= topics; t++) {
    const topicId = `${prefix}-t${t}`;
    topicIds.push(topicId);
    await db.topic.create({
      data: {
        id: topicId,
        title: `Practice topic ${t}`,
        summary: "A made-up topic for review tests.",
        whyItMatters: "Tests need something to review.",
        asOf: new Date("2026-01-01"),
        order: t,
        contentHash: "test",
      },
    });
    await db.fact.create({
      data: { id: `${topicId}-fact`, topicId, statement: "A made-up statement.", sources: [], order: 1, contentHash: "test" },
    });
    for (let c = 1; c <= perTopic; c++) {
      const id = `${topicId}-c${c}`;
      cardIds.push(id);
      await db.flashcard.create({
        data: {
          id,
          topicId,
          factIds: [siblings ? `${topicId}-fact` : `${topicId}-fact-c${c}`],
          kind: c % 2 === 0 ? "cloze" : "basic",
          front: c % 2 === 0 ? `Card {{c1::${c}}} of topic ${t}` : `Question ${c} of topic ${t}?`,
          back: `Answer ${c}`,
          order: c,
          contentHash: "test",
        },
      });
    }
  }
  return { prefix, topicIds, cardIds };
}

/** Everything the review tables hold for a user, to compare before and after a refused request. */
export async function reviewSnapshot(db: Db, userId: string) {
  const [states, logs] = await Promise.all([
    db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } }),
  ]);
  return { states, logs };
}
