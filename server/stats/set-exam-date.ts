import "server-only";
import { studyDayOf } from "@/lib/srs";
import { examDateWindowError, type ExamDateInput } from "@/lib/stats";
import type { Db } from "@/server/db";
import { invalidField } from "@/server/errors";
import { getStatsSettings } from "@/server/queries/stats-settings";

/**
 * Sets (or, with null, clears) the student's exam date. "In the future" is judged against the
 * student's own study day, not the server's date.
 */
export async function setExamDate(db: Db, userId: string, { examDate }: ExamDateInput, now: Date): Promise<{ examDate: string | null }> {
  if (examDate !== null) {
    const { settings } = await getStatsSettings(db, userId);
    const problem = examDateWindowError(studyDayOf(now, settings.timeZone, settings.dayStartHour), examDate);
    if (problem) throw invalidField("examDate", problem);
  }
  const stored = examDate === null ? null : new Date(`${examDate}T00:00:00Z`);
  await db.studySettings.upsert({ where: { userId }, create: { userId, examDate: stored }, update: { examDate: stored } });
  return { examDate };
}
