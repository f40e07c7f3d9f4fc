import "server-only";
import { shiftStudyDay, studyDayOf, studyDayStart } from "@/lib/srs";
import type { Db } from "@/server/db";
import type { SessionSummaryDto } from "@/server/reviews/review-dto";
import { getStudySettings } from "./review-settings";

/**
 * The end-of-session summary from the review log itself, so it survives a reload and counts only
 * answers that stood (undone ones are left out).
 */
export async function getSessionSummary(db: Db, userId: string, since: Date, now: Date): Promise<SessionSummaryDto> {
  const settings = await getStudySettings(db, userId);
  const [answers] = await db.$queryRaw<{ reviewed: number; notAgain: number; timeSpentMs: number }[]>`
    SELECT count(*)::int AS reviewed,
           (count(*) FILTER (WHERE rating > 1))::int AS "notAgain",
           coalesce(sum("durationMs"), 0)::int AS "timeSpentMs"
    FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "reviewedAt" >= ${since} AND "reviewedAt" <= ${now} AND "undoneAt" IS NULL`;
  const tomorrowEnds = studyDayStart(
    shiftStudyDay(studyDayOf(now, settings.timeZone, settings.dayStartHour), 2),
    settings.timeZone,
    settings.dayStartHour,
  );
  const [due] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM "CardState" cs JOIN "Flashcard" f ON f.id = cs."cardId"
    WHERE cs."userId" = ${userId} AND NOT cs.suspended AND cs.state <> 'new' AND f."retiredAt" IS NULL
      AND (cs.due < ${tomorrowEnds} OR cs."needsRelearn")`;
  const reviewed = answers?.reviewed ?? 0;
  return {
    reviewed,
    accuracy: reviewed === 0 ? null : (answers?.notAgain ?? 0) / reviewed,
    timeSpentMs: answers?.timeSpentMs ?? 0,
    dueTomorrow: due?.count ?? 0,
  };
}

