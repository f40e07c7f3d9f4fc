import "server-only";
import { studyDayOf } from "@/lib/srs";
import { examDateInputSchema } from "@/lib/stats";
import type { Db } from "@/server/db";
import { parseInput } from "@/server/http";
import { getStatsSettings } from "@/server/queries/stats-settings";

/**
 * Sets (or, with null, clears) the student's exam date. "In the future" is judged against the
 * student's own study day, not the server's date.
 */
export async function setExamDate(db: Db, userId: string, input: unknown, now: Date): Promise<{ examDate: string | null }> {
  const { settings } = await getStatsSettings(db, userId);
  const today = studyDayOf(now, settings.timeZone, settings.dayStartHour);
  const { examDate } = parseInput(input, examDateInputSchema(today));
  const stored = examDate === null ? null : new Date(`${examDate}T00:00:00Z`);
  await db.studySettings.upsert({ where: { userId }, create: { userId, examDate: stored }, update: { examDate: stored } });
  return { examDate };
}
