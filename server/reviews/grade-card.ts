import "server-only";
import { formatInterval, newCardSchedule, scheduleReview, type CardSchedule } from "@/lib/srs";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findGradeContext } from "@/server/queries/review-grade-context";
import { decodePrevious, encodePrevious, scheduleFromRow } from "./card-state-mapper";
import { isUniqueViolation } from "@/server/db/unique-violation";
import type { GradeResultDto } from "./review-dto";
import type { GradeInput } from "./review-inputs";
import { schedulerFor } from "./scheduler-for";
import { writeGrade } from "./write-grade";

/**
 * Records one answer. The schedule is recomputed here from the stored state; the client only names
 * the card, the grade and the version it saw. The write (writeGrade) is one atomic statement in which
 * the database, not this read, decides races. Repeating a review id returns the first result and
 * writes nothing.
 */
export async function gradeCard(
  db: Db,
  userId: string,
  input: GradeInput,
  now: Date,
  options: { fuzz?: boolean } = {},
): Promise<GradeResultDto> {
  const context = await findGradeContext(db, userId, input.cardId);
  if (!context) throw new AppError("not_found", `There is no flashcard with id "${input.cardId}".`);
  if (context.retiredAt) throw new AppError("gone", "This flashcard has been retired from the course, so it can no longer be reviewed.");
  const row = context.state;
  if ((row?.version ?? 0) !== input.baseVersion) return replayOrConflict(db, userId, input);
  if (row?.suspended) throw new AppError("conflict", "This card is suspended. Unsuspend it before reviewing it.");

  const scheduler = schedulerFor(context.settings, options.fuzz);
  const before: CardSchedule = row ? scheduleFromRow(row) : newCardSchedule(now);
  // A clock that stepped back must not make the answer older than the card's last one.
  const reviewedAt = before.lastReview && before.lastReview > now ? new Date(before.lastReview) : now;
  const { next, log } = scheduleReview(before, input.rating, reviewedAt, scheduler);
  const previous = encodePrevious({
    schedule: before,
    hadRow: row !== null,
    needsRelearn: row?.needsRelearn ?? false,
    learningSteps: log.learningSteps,
    lastElapsedDays: log.lastElapsedDays,
    lastReview: log.lastReview,
    next,
  });

  let applied: boolean;
  try {
    applied = await writeGrade(db, { ...input, userId, hadRow: row !== null, next, log, previous });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    applied = false;
  }
  if (!applied) return replayOrConflict(db, userId, input);
  return gradeResult(input.reviewId, input.cardId, input.rating, input.baseVersion + 1, next, reviewedAt);
}

function gradeResult(
  reviewId: string,
  cardId: string,
  rating: GradeInput["rating"],
  version: number,
  next: CardSchedule,
  reviewedAt: Date,
): GradeResultDto {
  return {
    reviewId,
    cardId,
    rating,
    version,
    state: next.state,
    due: next.due.toISOString(),
    interval: formatInterval(next.due.getTime() - reviewedAt.getTime()),
    reviewedAt: reviewedAt.toISOString(),
  };
}

/** The request lost a race or was sent before: same id and same answer replays, anything else is a 409. */
async function replayOrConflict(db: Db, userId: string, input: GradeInput): Promise<GradeResultDto> {
  const log = await db.reviewLog.findUnique({ where: { id: input.reviewId } });
  if (log && log.userId === userId) {
    if (log.cardId === input.cardId && log.rating === input.rating && log.baseVersion === input.baseVersion) {
      return gradeResult(log.id, log.cardId, input.rating, log.baseVersion + 1, decodePrevious(log.previous).next, log.reviewedAt);
    }
    throw new AppError("conflict", "This review id was already used for a different answer. Send each answer with a new id.");
  }
  if (log) throw new AppError("conflict", "This review id is already taken. Send each answer with a new id.");
  throw new AppError(
    "conflict",
    "This card was answered somewhere else (another tab or device) since you loaded it, so this answer was not saved. Reload to see where it stands now.",
  );
}
