import "server-only";
import type { Db } from "@/server/db";
import { getClassDashboard, type ClassDashboard } from "./class-dashboard";

export type ClassStudentDetail = ClassDashboard & {
  student: { id: string; name: string; email: string; joinedAt: Date };
  reviewsLast7Days: number;
  attempts: { id: string; assignmentId: string | null; startedAt: Date; submittedAt: Date | null; score: number | null; questionCount: number }[];
};

/**
 * One student of one of the teacher's classes: the dashboard narrowed to them, plus recent
 * activity. Null unless the class is the teacher's AND the student is in it, both checked in
 * the queries themselves.
 */
export async function getClassStudent(db: Db, teacherId: string, classId: string, studentId: string, now: Date): Promise<ClassStudentDetail | null> {
  const membership = await db.classMember.findFirst({
    where: { classId, studentId, class: { teacherId } },
    select: { joinedAt: true, student: { select: { id: true, name: true, email: true } } },
  });
  if (!membership) return null;
  const dashboard = await getClassDashboard(db, teacherId, classId, now, studentId);
  if (!dashboard) return null;
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const [reviewsLast7Days, attempts] = await Promise.all([
    db.reviewLog.count({ where: { userId: studentId, reviewedAt: { gte: since }, undoneAt: null, card: { ownerId: null }, user: { memberships: { some: { classId, class: { teacherId } } } } } }),
    db.attempt.findMany({
      where: { userId: studentId, assignment: { classId, class: { teacherId } } },
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, assignmentId: true, startedAt: true, submittedAt: true, score: true, questionIds: true },
    }),
  ]);
  return {
    ...dashboard,
    student: { ...membership.student, joinedAt: membership.joinedAt },
    reviewsLast7Days,
    attempts: attempts.map(({ questionIds, ...a }) => ({ ...a, questionCount: questionIds.length })),
  };
}
