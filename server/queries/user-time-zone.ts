import "server-only";
import type { Db } from "@/server/db";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/time/time-zones";

/** The zone the user's dates are shown in: their own setting, or the default for someone who never chose. */
export async function getUserTimeZone(db: Db, userId: string): Promise<string> {
  const settings = await db.studySettings.findUnique({ where: { userId }, select: { timeZone: true } });
  return canonicalTimeZone(settings?.timeZone ?? DEFAULT_TIME_ZONE);
}
