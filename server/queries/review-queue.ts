import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db } from "@/server/db";
import { visibleTopicSql } from "@/server/studio/topic-access";
import { studyableCardSql } from "@/server/reviews/card-access";
import type { CardStage } from "@/server/generated/prisma/client";

/** Topics of the student's active review assignments (kind review or both, started, not archived). */
const assignedTopics = (userId: string, now: Date) => Prisma.sql`
  SELECT DISTINCT unnest(ts."topicIds") AS "topicId"
  FROM "Assignment" a
  JOIN "TopicSet" ts ON ts.id = a."topicSetId"
  JOIN "ClassMember" cm ON cm."classId" = a."classId" AND cm."studentId" = ${userId}
  WHERE a.kind IN ('review', 'both') AND a."archivedAt" IS NULL AND a."startsAt" <= ${now}`;

/**
 * Just enough of a started card to order the day's queue (state, due date, recall inputs, curriculum
 * place). Dates come back as epoch milliseconds: a backlog can be thousands of rows, and parsing
 * timestamps and unused columns was most of the queue's time. The full state of the few cards chosen
 * is read afterwards (findQueueCards).
 */
export interface DueCandidateRow {
  cardId: string;
  topicId: string | null;
  topicOrder: number;
  cardOrder: number;
  assigned: boolean;
  outsideNewLimit: boolean;
  factIds: string[];
  state: CardStage;
  dueMs: number;
  stability: number;
  lastReviewMs: number | null;
  needsRelearn: boolean;
}

/**
 * The student's started cards that can be in today's queue: due before the study day ends, still new,
 * or waiting to be relearnt; in a topic session, every card of that topic. Suspended and retired
 * cards never come back. The student's personal cards come before the curriculum among new cards
 * (topic order 0), in the order they were written.
 */
export function findDueCandidates(db: Db, userId: string, dayEnd: Date, now: Date, topicId?: string, privateTopicIds: readonly string[] = []) {
  const scope = topicId === undefined ? Prisma.sql`` : Prisma.sql`AND f."topicId" = ${topicId}`;
  const wanted =
    topicId === undefined
      ? Prisma.sql`(cs.due < ${dayEnd} OR cs.state = 'new' OR cs."needsRelearn")`
      : Prisma.sql`TRUE`;
  return db.$queryRaw<DueCandidateRow[]>`
    WITH assigned AS (${assignedTopics(userId, now)})
    SELECT cs."cardId", f."topicId", CASE WHEN f."ownerId" IS NULL THEN t."order" ELSE 0 END AS "topicOrder", f."order" AS "cardOrder",
           -- Cards added from a test's mistakes jump the new-card line like assigned ones.
           (a."topicId" IS NOT NULL OR (cs.state = 'new' AND cs."addedFrom" = 'mistake')) AS assigned,
           (cs.state = 'new' AND cs."addedFrom" = 'mistake') AS "outsideNewLimit", f."factIds",
           cs.state, (extract(epoch FROM cs.due) * 1000)::float8 AS "dueMs", cs.stability,
           (extract(epoch FROM cs."lastReview") * 1000)::float8 AS "lastReviewMs", cs."needsRelearn"
    FROM "CardState" cs
    JOIN "Flashcard" f ON f.id = cs."cardId"
    LEFT JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN assigned a ON a."topicId" = f."topicId" AND f."ownerId" IS NULL
    WHERE cs."userId" = ${userId} AND NOT cs.suspended AND ${studyableCardSql(userId, privateTopicIds)}
      AND ${wanted} ${scope}`;
}

export interface NewCardRow {
  cardId: string;
  topicId: string;
  topicOrder: number;
  cardOrder: number;
  assigned: boolean;
  factIds: string[];
}

/**
 * Catalogue cards the student has never touched, in the order they are introduced: assigned first, then
 * curriculum. Personal cards are never here: each gets its owner's CardState when written, and nobody
 * else may see it.
 */
export function findNewCards(db: Db, userId: string, limit: number, now: Date, topicId?: string, privateTopicIds: readonly string[] = []) {
  const scope = topicId === undefined ? Prisma.sql`` : Prisma.sql`AND f."topicId" = ${topicId}`;
  return db.$queryRaw<NewCardRow[]>`
    WITH assigned AS (${assignedTopics(userId, now)})
    SELECT f.id AS "cardId", f."topicId", t."order" AS "topicOrder", f."order" AS "cardOrder",
           a."topicId" IS NOT NULL AS assigned, f."factIds"
    FROM "Flashcard" f
    JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN assigned a ON a."topicId" = f."topicId"
    WHERE f."retiredAt" IS NULL AND f."ownerId" IS NULL AND t."retiredAt" IS NULL AND ${visibleTopicSql("t", privateTopicIds)} ${scope}
      AND NOT EXISTS (SELECT 1 FROM "CardState" cs WHERE cs."userId" = ${userId} AND cs."cardId" = f.id)
    ORDER BY 5 DESC, 3, 4, 1
    LIMIT ${limit}`;
}

/**
 * Answers already given this study day: new cards introduced (not counting cards added from a test's
 * mistakes, which have no limit) and review-state cards answered.
 */
export async function countTodaysAnswers(db: Db, userId: string, dayStart: Date) {
  const [row] = await db.$queryRaw<{ newIntroduced: number; reviewsDone: number }[]>`
    SELECT (count(*) FILTER (WHERE l.state = 'new' AND cs."addedFrom" IS DISTINCT FROM 'mistake'))::int AS "newIntroduced",
           (count(*) FILTER (WHERE l.state = 'review'))::int AS "reviewsDone"
    FROM "ReviewLog" l
    LEFT JOIN "CardState" cs ON cs."userId" = l."userId" AND cs."cardId" = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${dayStart} AND l."undoneAt" IS NULL
      -- An answer set aside in a conflict (note 013) did not move the card: the other answer counted.
      AND l."supersededAt" IS NULL`;
  return row ?? { newIntroduced: 0, reviewsDone: 0 };
}

/** When the earliest card that is not in today's queue falls due (for the "all done" message). */
export async function findNextDue(db: Db, userId: string, topicId?: string): Promise<Date | null> {
  const scope = topicId === undefined ? Prisma.sql`` : Prisma.sql`AND f."topicId" = ${topicId}`;
  const [row] = await db.$queryRaw<{ next: Date | null }[]>`
    SELECT min(cs.due) AS next
    FROM "CardState" cs JOIN "Flashcard" f ON f.id = cs."cardId"
    WHERE cs."userId" = ${userId} AND NOT cs.suspended AND cs.state <> 'new' AND f."retiredAt" IS NULL ${scope}`;
  return row?.next ?? null;
}

/** Cards answered this study day (answers not undone), with their facts: their siblings are buried. */
export function findStudiedToday(db: Db, userId: string, dayStart: Date) {
  return db.$queryRaw<{ cardId: string; factIds: string[] }[]>`
    SELECT DISTINCT l."cardId", f."factIds"
    FROM "ReviewLog" l JOIN "Flashcard" f ON f.id = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${dayStart} AND l."undoneAt" IS NULL`;
}
