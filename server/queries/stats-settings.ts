import "server-only";
import { DEFAULT_STUDY_SETTINGS, parseStudySettings, type StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";

export interface StatsSettings {
  settings: StudySettings;
  /** "YYYY-MM-DD", or null when the student has not set one. */
  examDate: string | null;
}

/** The student's review settings and exam date; defaults when nothing was saved yet. */
export async function getStatsSettings(db: Db, userId: string): Promise<StatsSettings> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  if (!row) return { settings: DEFAULT_STUDY_SETTINGS, examDate: null };
  const { examDate, userId: _user, updatedAt: _updated, ...stored } = row;
  return {
    settings: parseStudySettings(stored),
    examDate: examDate ? examDate.toISOString().slice(0, 10) : null,
  };
}
