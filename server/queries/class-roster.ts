import "server-only";
import type { Db } from "@/server/db";

export type RosterEntry = { studentId: string; name: string; email: string; joinedAt: Date };

/** The students of one of the teacher's classes; null when the class is not theirs. */
export async function getClassRoster(db: Db, teacherId: string, classId: string): Promise<{ className: string; students: RosterEntry[] } | null> {
  const found = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      name: true,
      members: {
        orderBy: [{ student: { name: "asc" } }, { studentId: "asc" }],
        select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!found) return null;
  return {
    className: found.name,
    students: found.members.map((m) => ({ studentId: m.student.id, name: m.student.name, email: m.student.email, joinedAt: m.joinedAt })),
  };
}
