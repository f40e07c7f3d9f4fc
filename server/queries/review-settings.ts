import "server-only";
import { DEFAULT_STUDY_SETTINGS, parseStudySettings, type StudySettings } from "@/lib/srs";
import type { Db, DbTransaction } from "@/server/db";

/** The student's review settings, or the defaults when none were saved yet. */
export async function getStudySettings(db: Db | DbTransaction, userId: string): Promise<StudySettings> {
  const row = await db.studySettings.findUnique({
    where: { userId },
    select: {
      desiredRetention: true,
      newCardsPerDay: true,
      maxReviewsPerDay: true,
      learningSteps: true,
      relearningSteps: true,
      timeZone: true,
      dayStartHour: true,
      burySiblings: true,
      fsrsParameters: true,
    },
  });
  return row ? parseStudySettings(row) : DEFAULT_STUDY_SETTINGS;
}
