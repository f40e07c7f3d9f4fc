import "server-only";
import type { StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";

/** Stores a student's review settings (already validated); the reply is what is now stored. */
export async function saveStudySettings(db: Db, userId: string, settings: StudySettings): Promise<StudySettings> {
  await db.studySettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
  return settings;
}
