import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { JOIN_CODE_PER_USER, recordHit, retryAfterMinutes } from "@/server/auth/rate-limit";
import { isUniqueViolation } from "@/server/db/unique-violation";

export type JoinableClass = { classId: string; className: string; examYear: number; teacherName: string; alreadyMember: boolean };

/**
 * Looks a code up for a student. Every failed lookup counts against the student's window
 * (JOIN_CODE_PER_USER), so codes cannot be guessed by trying many: at 10 failures per
 * 15 minutes, finding one of even a million live 50-bit codes would take millennia.
 */
async function lookUpCode(db: Db, studentId: string, code: string, now: Date, record: boolean): Promise<JoinableClass> {
  const wait = await retryAfterMinutes(db, JOIN_CODE_PER_USER, studentId, now);
  if (wait !== null) {
    throw new AppError("rate_limited", `Too many join codes that did not work. Try again in ${wait === 1 ? "1 minute" : `${wait} minutes`}.`, {
      retryAfterSeconds: wait * 60,
    });
  }
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      examYear: true,
      joinCodeEnabled: true,
      joinCodeExpires: true,
      teacher: { select: { name: true } },
      members: { where: { studentId }, select: { studentId: true } },
    },
  });
  const fail = async (error: AppError): Promise<never> => {
    if (record) await recordHit(db, JOIN_CODE_PER_USER, studentId, now);
    throw error;
  };
  // About the code typed, so a form shows these beside its field.
  const onCode = { field: "code" };
  if (!found) return fail(new AppError("not_found", "No class has that join code. Check it with your teacher; codes look like ABCDE-FGH23.", onCode));
  if (!found.joinCodeEnabled) return fail(new AppError("gone", "This class is not taking new students with that code. Ask your teacher for a new one.", onCode));
  if (found.joinCodeExpires && found.joinCodeExpires.getTime() <= now.getTime()) {
    return fail(new AppError("gone", "That join code has expired. Ask your teacher for a new one.", onCode));
  }
  return { classId: found.id, className: found.name, examYear: found.examYear, teacherName: found.teacher.name, alreadyMember: found.members.length > 0 };
}

/**
 * What the join link shows before the student confirms. A GET that any page can make a browser
 * load, so it records nothing (it would let another site spend the student's attempts); it still
 * refuses while the student is limited. Only the joining POST counts failures.
 */
export async function previewJoinCode(db: Db, studentId: string, code: string, now: Date): Promise<JoinableClass> {
  return lookUpCode(db, studentId, code, now, false);
}

/** Adds the student to the class the code belongs to. Joining twice is a clear 409, not a second row. */
export async function joinClass(db: Db, studentId: string, input: { code: string }, now: Date): Promise<{ classId: string; className: string }> {
  const target = await lookUpCode(db, studentId, input.code, now, true);
  const already = () => new AppError("conflict", `You are already in ${target.className}.`, { classId: target.classId });
  if (target.alreadyMember) throw already();
  try {
    await db.classMember.create({ data: { classId: target.classId, studentId, joinedAt: now } });
  } catch (error) {
    // Two tabs confirming at once: the primary key lets only one row in.
    if (isUniqueViolation(error)) throw already();
    throw error;
  }
  return { classId: target.classId, className: target.className };
}
