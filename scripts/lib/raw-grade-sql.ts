/**
 * The grade write in plain SQL (compare-and-set on the card state, then the log row), which the
 * benchmarks run beside the app's own path to show what the app adds on top of the database.
 * Parameters: $1 user, $2 card, $3 base version, $4–$12 the next schedule, $13 review time,
 * $14 review id, $15 rating, $16–$21 the log's schedule, $22 the previous state as JSON.
 */
export const RAW_GRADE_SQL = `WITH changed AS (
   UPDATE "CardState" SET state = $4::"CardStage", due = $5, stability = $6, difficulty = $7, "elapsedDays" = $8, "scheduledDays" = $9,
          "learningSteps" = $10, reps = $11, lapses = $12, "lastReview" = $13, "needsRelearn" = false, version = $3 + 1, "updatedAt" = $13
   WHERE "userId" = $1 AND "cardId" = $2 AND version = $3 RETURNING "cardId")
 INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "scheduledDays", "durationMs", "reviewedAt", "baseVersion", previous)
 SELECT $14::uuid, $1, $2, $15, $16::"CardStage", $17, $18, $19, $20, $21, 3000, $13, $3, $22::jsonb FROM changed RETURNING id`;
