import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";

export type StudyScope = { topic: string } | { assignment: string } | { topicSet: string };

/**
 * The topics a custom session may draw from, checked against the student: any live topic, or the
 * topics of an assignment (or its topic set) in a class the student belongs to. Anything else is the
 * same 404 as a missing id, so ids cannot be probed.
 */
export async function resolveStudyScope(db: Db, userId: string, scope: StudyScope): Promise<{ title: string; topicIds: string[] }> {
  if ("topic" in scope) {
    // A private (studio) topic is open only to its owner and to students it was assigned to.
    const privateIds = await privateTopicIdsFor(db, { id: userId });
    const topic = await db.topic.findFirst({ where: { id: scope.topic, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true, title: true } });
    if (!topic) throw new AppError("not_found", `There is no topic with id "${scope.topic}" to study.`);
    return { title: topic.title, topicIds: [topic.id] };
  }
  const byAssignment = "assignment" in scope;
  const assignment = await db.assignment.findFirst({
    where: {
      ...(byAssignment ? { id: scope.assignment } : { topicSetId: scope.topicSet }),
      archivedAt: null,
      class: { members: { some: { studentId: userId } } },
    },
    select: { topicSet: { select: { name: true, topicIds: true } } },
  });
  if (!assignment) {
    throw new AppError("not_found", byAssignment ? "There is no such assignment in your classes." : "There is no such topic set in your classes' assignments.");
  }
  return { title: assignment.topicSet.name, topicIds: assignment.topicSet.topicIds };
}

const live = Prisma.sql`f."retiredAt" IS NULL AND t."retiredAt" IS NULL`;
// The student's own personal cards, or catalogue cards: never another student's (note 014).
const mineOrCatalogue = (userId: string) => Prisma.sql`(f."ownerId" IS NULL OR f."ownerId" = ${userId})`;

/** New cards introduced (first answered) in these topics since `since`. */
export async function countNewSince(db: Db, userId: string, topicIds: string[], since: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT l."cardId")::int AS n
    FROM "ReviewLog" l JOIN "Flashcard" f ON f.id = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${since} AND l."undoneAt" IS NULL AND l.state = 'new'
      AND f."topicId" = ANY(${topicIds})`;
  return row?.n ?? 0;
}

/** Review cards in these topics answered since `since` while not due until after today (a review-ahead session's progress; ReviewLog.due is the due date the answer found). */
export async function countAheadSince(db: Db, userId: string, topicIds: string[], since: Date, dayEnd: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT l."cardId")::int AS n
    FROM "ReviewLog" l JOIN "Flashcard" f ON f.id = l."cardId"
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${since} AND l."undoneAt" IS NULL AND l.state = 'review'
      AND l.due >= ${dayEnd} AND f."topicId" = ANY(${topicIds})`;
  return row?.n ?? 0;
}

/** Cards in these topics the student never studied, in curriculum order. */
export function findUnseenCards(db: Db, userId: string, topicIds: string[], limit: number) {
  return db.$queryRaw<{ cardId: string; topicId: string; topicOrder: number; cardOrder: number; factIds: string[] }[]>`
    SELECT f.id AS "cardId", f."topicId", t."order" AS "topicOrder", f."order" AS "cardOrder", f."factIds"
    FROM "Flashcard" f JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = ${userId}
    WHERE ${live} AND ${mineOrCatalogue(userId)} AND f."topicId" = ANY(${topicIds}) AND (cs."userId" IS NULL OR (cs.state = 'new' AND NOT cs.suspended))
    ORDER BY t."order", f."order", f.id
    LIMIT ${limit}`;
}

/** Review cards in these topics not due before `dayEnd`, soonest due first. */
export function findCardsAhead(db: Db, userId: string, topicIds: string[], dayEnd: Date, limit: number) {
  return db.$queryRaw<{ cardId: string; topicId: string; factIds: string[] }[]>`
    SELECT cs."cardId", f."topicId", f."factIds"
    FROM "CardState" cs JOIN "Flashcard" f ON f.id = cs."cardId" JOIN "Topic" t ON t.id = f."topicId"
    WHERE cs."userId" = ${userId} AND NOT cs.suspended AND cs.state = 'review' AND cs.due >= ${dayEnd}
      AND ${live} AND f."topicId" = ANY(${topicIds})
    ORDER BY cs.due, cs."cardId"
    LIMIT ${limit}`;
}

/** Cards whose latest answer this study day was Again (forgotten, not recalled since); all topics when `topicIds` is null. */
export function findForgottenToday(db: Db, userId: string, topicIds: string[] | null, dayStart: Date, limit: number) {
  const scope = topicIds === null ? Prisma.sql`` : Prisma.sql`AND f."topicId" = ANY(${topicIds})`;
  return db.$queryRaw<{ cardId: string; topicId: string | null; state: string }[]>`
    WITH latest AS (
      SELECT DISTINCT ON (l."cardId") l."cardId", l.rating, l."reviewedAt"
      FROM "ReviewLog" l
      WHERE l."userId" = ${userId} AND l."reviewedAt" >= ${dayStart} AND l."undoneAt" IS NULL
      ORDER BY l."cardId", l."reviewedAt" DESC
    )
    SELECT latest."cardId", f."topicId", cs.state::text AS state
    FROM latest JOIN "Flashcard" f ON f.id = latest."cardId" LEFT JOIN "Topic" t ON t.id = f."topicId"
    JOIN "CardState" cs ON cs."cardId" = latest."cardId" AND cs."userId" = ${userId}
    WHERE latest.rating = 1 AND NOT cs.suspended AND f."retiredAt" IS NULL AND (f."ownerId" = ${userId} OR t."retiredAt" IS NULL) ${scope}
    ORDER BY latest."reviewedAt", latest."cardId"
    LIMIT ${limit}`;
}
