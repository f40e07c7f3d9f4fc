import "server-only";
import type { EditableStudySettings, StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";

/**
 * Stores a student's review settings (already validated); the reply is what is now stored. The
 * optimizer's FSRS parameters are kept: only the optimizer and "return to defaults" change them.
 */
export async function saveStudySettings(db: Db, userId: string, settings: EditableStudySettings): Promise<StudySettings> {
  const { fsrsParameters } = await db.studySettings.upsert({
    where: { userId },
    create: { userId, ...settings },
    update: settings,
    select: { fsrsParameters: true },
  });
  return { ...settings, fsrsParameters };
}
