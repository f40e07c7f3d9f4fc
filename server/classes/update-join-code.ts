import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { JoinCodeSettingsInput } from "@/lib/classes/inputs";
import { withFreshJoinCode } from "./join-code";
import { noClass } from "./not-found";

export type JoinCodeState = { joinCode: string; joinCodeEnabled: boolean; joinCodeExpires: Date | null };

/** A new code replaces the old one at once (the old link stops working) and is open for joining. */
export async function rotateJoinCode(db: Db, teacherId: string, classId: string, _now: Date): Promise<JoinCodeState> {
  return withFreshJoinCode(async (joinCode) => {
    const { count } = await db.class.updateMany({
      where: { id: classId, teacherId },
      data: { joinCode, joinCodeEnabled: true, joinCodeExpires: null },
    });
    if (count === 0) throw noClass();
    return { joinCode, joinCodeEnabled: true, joinCodeExpires: null };
  });
}

/** Turns joining on or off, or sets when the code stops working (null: never). */
export async function updateJoinCodeSettings(db: Db, teacherId: string, classId: string, input: JoinCodeSettingsInput, now: Date): Promise<JoinCodeState> {
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw new AppError("invalid_input", "The expiry must be in the future. To stop new students joining now, disable the code.", { field: "expiresAt" });
  }
  const { count } = await db.class.updateMany({
    where: { id: classId, teacherId },
    data: {
      ...(input.enabled !== undefined ? { joinCodeEnabled: input.enabled } : {}),
      ...(input.expiresAt !== undefined ? { joinCodeExpires: input.expiresAt } : {}),
    },
  });
  if (count === 0) throw noClass();
  const updated = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: { joinCode: true, joinCodeEnabled: true, joinCodeExpires: true },
  });
  if (!updated) throw noClass();
  return updated;
}
