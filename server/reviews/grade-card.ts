import "server-only";
import { newCardSchedule, scheduleReview, type CardSchedule } from "@/lib/srs";
import { formatInterval } from "@/lib/format/durations";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { acceptDeferredSession, type DeferredSession } from "@/server/auth/access";
import { findGradeContext } from "@/server/queries/review-grade-context";
import { decodePrevious, encodePrevious, scheduleFromRow } from "./card-state-mapper";
import { isUniqueViolation } from "@/server/db/unique-violation";
import type { GradeResultDto } from "./review-dto";
import type { GradeInput } from "./review-inputs";
import { schedulerFor } from "./scheduler-for";
import { writeGrade } from "./write-grade";

/**
 * Records one answer. The schedule is recomputed here from the stored state; the client only names
 * the card, the grade, the version it saw and, for an answer that waited on the device, when it was
 * given. The write (writeGrade) is one atomic statement in which the database, not this read, decides
 * races. Repeating a review id returns the first result and writes nothing. On the route this is two
 * round trips in all (docs/decisions/005-review-writes.md): the read, then the write; a conflict or
 * replay reads the log once more, and a session due for renewal (once a day) is written once.
 *
 * An answer naming an older version than the stored one means the card was answered elsewhere in
 * between. Without `answeredAt` that is a 409, as ever. With it (answers from the device's outbox) the
 * conflict rule of docs/decisions/013 applies: the later answer wins and the other is kept in the log.
 */
export async function gradeCard(
  db: Db,
  caller: string | DeferredSession<"student">,
  input: GradeInput,
  now: Date,
  options: { fuzz?: boolean } = {},
): Promise<GradeResultDto> {
  // One read: the session (when the route deferred it), the card, its state and the settings.
  const context = await findGradeContext(db, caller, input.cardId);
  if (typeof caller !== "string") await acceptDeferredSession(db, caller, context?.session, now);
  if (!context?.card) throw new AppError("not_found", `There is no flashcard with id "${input.cardId}".`);
  // Everything below is scoped to the user the read found: the session's own user on the route.
  const userId = context.userId;
  if (context.card.retiredAt) throw new AppError("gone", "This flashcard has been retired from the course, so it can no longer be reviewed.");
  const row = context.state;
  if ((row?.version ?? 0) !== input.baseVersion) {
    const replayed = await replay(db, userId, input, row);
    if (replayed) return replayed;
    if (!input.answeredAt || !row) throw answeredElsewhere();
    return settleConflict(db, userId, input, context, new Date(input.answeredAt), now, options);
  }
  const applied = await apply(db, userId, input, context, input.baseVersion, now, options);
  if (applied) return applied;
  const replayed = await replay(db, userId, input, null);
  if (replayed) return replayed;
  throw answeredElsewhere();
}

type Context = NonNullable<Awaited<ReturnType<typeof findGradeContext>>>;

/**
 * When the answer happened: `answeredAt` for an answer that waited on the device (never in the
 * future), else now. A clock that stepped back must not make it older than the card's last answer.
 */
function answerTime(input: GradeInput, lastReview: Date | null, now: Date): Date {
  const given = input.answeredAt ? new Date(Math.min(Date.parse(input.answeredAt), now.getTime())) : now;
  return lastReview && lastReview > given ? new Date(lastReview) : given;
}

/** Applies the answer on top of the stored state at `version`; null when the card moved on meanwhile. */
async function apply(
  db: Db,
  userId: string,
  input: GradeInput,
  context: Context,
  version: number,
  now: Date,
  options: { fuzz?: boolean },
): Promise<GradeResultDto | null> {
  const row = context.state;
  if (row?.suspended) throw new AppError("conflict", "This card is suspended. Unsuspend it before reviewing it.");
  const scheduler = schedulerFor(context.settings, options.fuzz);
  const reviewedAt = answerTime(input, row?.lastReview ?? null, now);
  // A card never answered starts as new at the moment of the answer (as on the device, offline).
  const before: CardSchedule = row ? scheduleFromRow(row) : newCardSchedule(reviewedAt);
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
    applied = await writeGrade(db, { ...input, baseVersion: version, userId, hadRow: row !== null, next, log, previous });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    applied = false;
  }
  if (!applied) return null;
  return gradeResult(input.reviewId, input.cardId, input.rating, version + 1, next, reviewedAt);
}

/**
 * The card was answered elsewhere since this answer's version: the later answer wins. If this one is
 * later, it is applied on top of the stored state, at the time it was given; if the stored answer is
 * later, this one is only logged, set aside (supersededAt), and the card stays as it is.
 */
async function settleConflict(
  db: Db,
  userId: string,
  input: GradeInput,
  context: Context,
  answeredAt: Date,
  now: Date,
  options: { fuzz?: boolean },
): Promise<GradeResultDto> {
  const row = context.state!;
  const otherAt = row.lastReview;
  if (!otherAt || answeredAt.getTime() >= otherAt.getTime()) {
    const applied = await apply(db, userId, input, context, row.version, now, options);
    if (!applied) throw answeredElsewhere();
    return { ...applied, conflict: "applied-later" };
  }
  const current = scheduleFromRow(row);
  try {
    await db.reviewLog.create({
      data: {
        id: input.reviewId,
        userId,
        cardId: input.cardId,
        rating: input.rating,
        state: current.state,
        due: current.due,
        stability: current.stability,
        difficulty: current.difficulty,
        elapsedDays: current.elapsedDays,
        scheduledDays: current.scheduledDays,
        durationMs: input.durationMs,
        reviewedAt: answeredAt,
        baseVersion: null,
        previous: { givenAgainstVersion: input.baseVersion },
        supersededAt: now,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const replayed = await replay(db, userId, input, row);
    if (replayed) return replayed;
    throw error;
  }
  return supersededResult(input, row, answeredAt, now);
}

function supersededResult(input: GradeInput, row: NonNullable<Context["state"]>, answeredAt: Date, now: Date): GradeResultDto {
  return {
    ...gradeResult(input.reviewId, input.cardId, input.rating, row.version, scheduleFromRow(row), now),
    reviewedAt: answeredAt.toISOString(),
    conflict: "superseded",
  };
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

const answeredElsewhere = () =>
  new AppError(
    "conflict",
    "This card was answered somewhere else (another tab or device) since you loaded it, so this answer was not saved. Reload to see where it stands now.",
  );

/**
 * A review id already stored: the same answer gets its first result back, anything else is a 409.
 * Null when the id is new.
 */
async function replay(db: Db, userId: string, input: GradeInput, row: Context["state"]): Promise<GradeResultDto | null> {
  const log = await db.reviewLog.findUnique({ where: { id: input.reviewId } });
  if (!log) return null;
  if (log.userId !== userId) throw new AppError("conflict", "This review id is already taken. Send each answer with a new id.");
  const same = log.cardId === input.cardId && log.rating === input.rating;
  if (same && log.supersededAt && row) return supersededResult(input, row, log.reviewedAt, new Date());
  if (same && log.baseVersion !== null && (log.baseVersion === input.baseVersion || input.answeredAt)) {
    const result = gradeResult(log.id, log.cardId, input.rating, log.baseVersion + 1, decodePrevious(log.previous).next, log.reviewedAt);
    return log.baseVersion === input.baseVersion ? result : { ...result, conflict: "applied-later" };
  }
  throw new AppError("conflict", "This review id was already used for a different answer. Send each answer with a new id.");
}
