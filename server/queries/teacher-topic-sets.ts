import "server-only";
import type { Db } from "@/server/db";

export type TeacherTopicSet = { id: string; name: string; topicIds: string[]; questionIds: string[]; assignments: number; createdAt: Date };

/** The teacher's topic sets, newest first, with how many assignments use each. */
export async function getTeacherTopicSets(db: Db, teacherId: string): Promise<TeacherTopicSet[]> {
  const rows = await db.topicSet.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, topicIds: true, questionIds: true, createdAt: true, _count: { select: { assignments: true } } },
  });
  return rows.map(({ _count, ...set }) => ({ ...set, assignments: _count.assignments }));
}

/** One of the teacher's topic sets, or null when it is not theirs. */
export async function getTeacherTopicSet(db: Db, teacherId: string, topicSetId: string): Promise<TeacherTopicSet | null> {
  const set = await db.topicSet.findFirst({
    where: { id: topicSetId, teacherId },
    select: { id: true, name: true, topicIds: true, questionIds: true, createdAt: true, _count: { select: { assignments: true } } },
  });
  if (!set) return null;
  const { _count, ...rest } = set;
  return { ...rest, assignments: _count.assignments };
}
