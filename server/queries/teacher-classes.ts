import "server-only";
import type { Db } from "@/server/db";

export type TeacherClass = { id: string; name: string; examYear: number; students: number; liveAssignments: number; createdAt: Date };

/** The teacher's own classes, newest first. */
export async function getTeacherClasses(db: Db, teacherId: string): Promise<TeacherClass[]> {
  const rows = await db.class.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      examYear: true,
      createdAt: true,
      _count: { select: { members: true, assignments: { where: { archivedAt: null } } } },
    },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, examYear: r.examYear, createdAt: r.createdAt, students: r._count.members, liveAssignments: r._count.assignments }));
}
