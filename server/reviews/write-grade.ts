import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { CardSchedule, ReviewLogEntry } from "@/lib/srs";
import type { Db } from "@/server/db";
import { runPrepared, utcTimestamp } from "@/server/db/plain-sql";

export interface GradeWrite {
  reviewId: string;
  userId: string;
  cardId: string;
  rating: number;
  baseVersion: number;
  /** Whether the student had a CardState row when the card was read. */
  hadRow: boolean;
  next: CardSchedule;
  log: ReviewLogEntry;
  durationMs: number;
  previous: unknown;
}

/**
 * Writes one answer as a single statement, so it is one transaction in one round trip: the state
 * change and the log insert both happen or neither does. The database decides races: the UPDATE
 * only matches the version that was read (compare-and-set), a first answer inserts the CardState row
 * (primary key userId+cardId, so a second insert does nothing), and the log cannot repeat an id nor a
 * (userId, cardId, baseVersion). Returns false when the card moved on since it was read. It runs
 * every answer, so it is a prepared statement outside Prisma's query layer (runPrepared).
 */
export async function writeGrade(db: Db, w: GradeWrite): Promise<boolean> {
  const n = w.next;
  const version = w.baseVersion + 1;
  const stateChange = w.hadRow
    ? Prisma.sql`
        UPDATE "CardState" SET state = ${n.state}::"CardStage", due = ${utcTimestamp(n.due)}, stability = ${n.stability},
               difficulty = ${n.difficulty}, "elapsedDays" = ${n.elapsedDays}, "scheduledDays" = ${n.scheduledDays},
               "learningSteps" = ${n.learningSteps}, reps = ${n.reps}, lapses = ${n.lapses}, "lastReview" = ${utcTimestamp(n.lastReview)},
               "needsRelearn" = false, version = ${version}, "updatedAt" = ${utcTimestamp(w.log.reviewedAt)}
        WHERE "userId" = ${w.userId} AND "cardId" = ${w.cardId} AND version = ${w.baseVersion}
        RETURNING "cardId"`
    : Prisma.sql`
        INSERT INTO "CardState" ("userId", "cardId", state, due, stability, difficulty, "elapsedDays", "scheduledDays",
                                 "learningSteps", reps, lapses, "lastReview", version, "updatedAt")
        VALUES (${w.userId}, ${w.cardId}, ${n.state}::"CardStage", ${utcTimestamp(n.due)}, ${n.stability}, ${n.difficulty}, ${n.elapsedDays},
                ${n.scheduledDays}, ${n.learningSteps}, ${n.reps}, ${n.lapses}, ${utcTimestamp(n.lastReview)}, ${version},
                ${utcTimestamp(w.log.reviewedAt)})
        ON CONFLICT ("userId", "cardId") DO NOTHING
        RETURNING "cardId"`;
  const l = w.log;
  const written = await runPrepared(db, w.hadRow ? "grade_write_update" : "grade_write_insert", Prisma.sql`
    WITH changed AS (${stateChange})
    INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays",
                             "scheduledDays", "durationMs", "reviewedAt", "baseVersion", previous)
    SELECT ${w.reviewId}::uuid, ${w.userId}, ${w.cardId}, ${w.rating}, ${l.state}::"CardStage", ${utcTimestamp(l.due)}, ${l.stability},
           ${l.difficulty}, ${l.elapsedDays}, ${l.scheduledDays}, ${w.durationMs}, ${utcTimestamp(l.reviewedAt)}, ${w.baseVersion},
           ${JSON.stringify(w.previous)}::jsonb
    FROM changed
    RETURNING id::text`);
  return written.length === 1;
}
