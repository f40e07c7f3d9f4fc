import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { topicVisibleToUserSql, visibleTopicSql, visibleTopics } from "@/server/studio/topic-access";

// Which cards a student may study: catalogue cards on live topics they may see, and their own personal
// cards (docs/decisions/014-personal-cards.md). Another student's personal card is answered as if it
// did not exist. Queries that use these join "Topic" with LEFT JOIN: a personal card may have no topic.

/** SQL on "Flashcard" `f` LEFT JOIN "Topic" `t`: live, and the student's own or on a topic they may see (ids given). */
export function studyableCardSql(userId: string, privateTopicIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`(f."retiredAt" IS NULL AND (f."ownerId" = ${userId}
    OR (f."ownerId" IS NULL AND t."retiredAt" IS NULL AND ${visibleTopicSql("t", privateTopicIds)})))`;
}

/** The same visibility rule (not the live check), computed inside the query: for one-round-trip paths such as a grade. */
export function cardVisibleToUserSql(userId: string | Prisma.Sql): Prisma.Sql {
  // The topic is probed by key in a correlated EXISTS rather than joined: as a LEFT JOIN (needed so a
  // personal card with no topic still matches) the planner chose a sequential scan of Topic per grade.
  return Prisma.sql`(f."ownerId" = ${userId} OR (f."ownerId" IS NULL AND EXISTS (
    SELECT 1 FROM "Topic" t WHERE t.id = f."topicId" AND ${topicVisibleToUserSql("t", userId)})))`;
}

/** Prisma filter on Flashcard: the student's own personal cards, and catalogue cards on topics they may see. */
export function visibleCards(userId: string, privateTopicIds: readonly string[]): Prisma.FlashcardWhereInput {
  return { OR: [{ ownerId: userId }, { ownerId: null, topic: visibleTopics(privateTopicIds) }] };
}

/** Shown where a card's topic would be, for a personal card attached to none. */
export const NO_TOPIC_TITLE = "My cards";
