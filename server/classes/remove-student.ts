import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Takes a student out of one of the teacher's classes. Their reviews and attempts stay with
 * them (progress is never stored on the class), so rejoining shows it all again.
 */
export async function removeStudent(db: Db, teacherId: string, classId: string, studentId: string): Promise<void> {
  const { count } = await db.classMember.deleteMany({ where: { classId, studentId, class: { teacherId } } });
  if (count === 0) throw new AppError("not_found", "That student is not in any class of yours with this id.");
}
