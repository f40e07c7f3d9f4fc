import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db, DbTransaction } from "@/server/db";

type Reader = Db | DbTransaction;
export type Viewer = { id: string } | null;

/**
 * The private topics this person may see: a teacher's own, and for a student those of the topic sets
 * assigned to classes they belong to. Public topics (no owner) are visible to everyone and are not
 * listed. Private topics are few, so the ids travel as a list into each query's where clause.
 */
export async function privateTopicIdsFor(db: Reader, viewer: Viewer): Promise<string[]> {
  if (viewer === null) return [];
  const [own, assigned] = await Promise.all([
    db.topic.findMany({ where: { ownerId: viewer.id }, select: { id: true } }),
    db.assignment.findMany({
      where: { class: { members: { some: { studentId: viewer.id } } } },
      select: { topicSet: { select: { topicIds: true } } },
    }),
  ]);
  const named = [...new Set(assigned.flatMap((a) => a.topicSet.topicIds))];
  const assignedPrivate =
    named.length === 0 ? [] : await db.topic.findMany({ where: { id: { in: named }, ownerId: { not: null } }, select: { id: true } });
  return [...new Set([...own, ...assignedPrivate].map((t) => t.id))].sort();
}

/** Prisma filter: public topics plus the private ones given. */
export function visibleTopics(privateIds: readonly string[]): Prisma.TopicWhereInput {
  return { OR: [{ ownerId: null }, { id: { in: [...privateIds] } }] };
}

/** Prisma filter: public questions plus those on the private topics given. */
export function visibleQuestions(privateIds: readonly string[]): Prisma.QuestionWhereInput {
  return { OR: [{ ownerId: null }, { topicIds: { hasSome: [...privateIds] } }] };
}

/** SQL condition on a "Topic" row aliased `alias`: public, or one of the private ids given. */
export function visibleTopicSql(alias: string, privateIds: readonly string[]): Prisma.Sql {
  const t = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return Prisma.sql`(${t}."ownerId" IS NULL OR ${t}.id = ANY(${[...privateIds]}::text[]))`;
}

/**
 * SQL condition on a "Topic" row aliased `alias`: visible to this user, computed inside the query (the
 * same rule as privateTopicIdsFor), for hot paths that must stay one round trip, such as a grade.
 * `userId` is a value, or an SQL expression such as a joined user's id.
 */
export function topicVisibleToUserSql(alias: string, userId: string | Prisma.Sql): Prisma.Sql {
  const t = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return Prisma.sql`(${t}."ownerId" IS NULL OR ${t}."ownerId" = ${userId} OR EXISTS (
    SELECT 1 FROM "Assignment" a
    JOIN "TopicSet" ts ON ts.id = a."topicSetId"
    JOIN "ClassMember" cm ON cm."classId" = a."classId" AND cm."studentId" = ${userId}
    WHERE ${t}.id = ANY(ts."topicIds")))`;
}
