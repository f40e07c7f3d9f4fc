import "server-only";
import type { Db } from "@/server/db";

export type Membership = { classId: string; className: string; examYear: number; teacherName: string; joinedAt: Date };

/** The classes a student belongs to, newest first. Only their own memberships are read. */
export async function getClassMemberships(db: Db, studentId: string): Promise<Membership[]> {
  const rows = await db.classMember.findMany({
    where: { studentId },
    orderBy: [{ joinedAt: "desc" }, { classId: "asc" }],
    select: { joinedAt: true, class: { select: { id: true, name: true, examYear: true, teacher: { select: { name: true } } } } },
  });
  return rows.map((r) => ({ classId: r.class.id, className: r.class.name, examYear: r.class.examYear, teacherName: r.class.teacher.name, joinedAt: r.joinedAt }));
}
