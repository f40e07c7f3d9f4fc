import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { issueResetToken, resetUrl } from "@/server/accounts/password-reset";

/**
 * A teacher's one-time reset link for a student of one of their classes, for a student who has no
 * working email. The teacher hands it over; it works once, for 30 minutes.
 */
export async function issueStudentResetLink(
  db: Db,
  input: { teacherId: string; classId: string; studentId: string; appUrl: string },
  now: Date,
): Promise<{ url: string; expiresAt: string }> {
  const member = await db.classMember.findFirst({
    where: { classId: input.classId, studentId: input.studentId, class: { teacherId: input.teacherId } },
    select: { studentId: true },
  });
  if (!member) throw new AppError("not_found", "That student is not in any class of yours with this id.");
  const { token, expiresAt } = await issueResetToken(db, input.studentId, input.teacherId, now);
  return { url: resetUrl(input.appUrl, token), expiresAt: expiresAt.toISOString() };
}
