import "server-only";
import type { Db } from "@/server/db";
import type { CreateClassInput } from "@/lib/classes/inputs";
import { withFreshJoinCode } from "./join-code";

export type CreatedClass = { id: string; name: string; examYear: number; joinCode: string };

/** A new class owned by the teacher, with a join code ready to share. */
export async function createClass(db: Db, teacherId: string, input: CreateClassInput, now: Date): Promise<CreatedClass> {
  return withFreshJoinCode((joinCode) =>
    db.class.create({
      data: { teacherId, name: input.name, examYear: input.examYear, joinCode, createdAt: now },
      select: { id: true, name: true, examYear: true, joinCode: true },
    }),
  );
}
