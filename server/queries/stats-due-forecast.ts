import "server-only";
import type { DueCount, StudyClock } from "@/lib/stats";
import type { Db } from "@/server/db";

/**
 * Started, unsuspended, live cards by the study day they fall due, up to `until` (overdue days
 * included; lib/stats dueForecast folds them into today). A card waiting to be relearnt after its
 * fact changed is due now, as the review queue treats it.
 */
export function findDueCounts(db: Db, userId: string, clock: StudyClock, until: Date, now: Date): Promise<DueCount[]> {
  return db.$queryRaw<DueCount[]>`
    WITH due AS (
      SELECT CASE WHEN cs."needsRelearn" AND cs.due > ${now} THEN ${now} ELSE cs.due END AS at
      FROM "CardState" cs
      JOIN "Flashcard" f ON f.id = cs."cardId"
      LEFT JOIN "Topic" t ON t.id = f."topicId"
      WHERE cs."userId" = ${userId} AND cs.state <> 'new' AND NOT cs.suspended
        AND f."retiredAt" IS NULL AND (f."ownerId" = ${userId} OR t."retiredAt" IS NULL)
    )
    SELECT to_char(date_trunc('day', (at AT TIME ZONE 'UTC' AT TIME ZONE ${clock.timeZone})
                                     - make_interval(hours => ${clock.dayStartHour}::int)), 'YYYY-MM-DD') AS day,
           count(*)::int AS count
    FROM due
    WHERE at < ${until}
    GROUP BY 1
    ORDER BY 1`;
}
