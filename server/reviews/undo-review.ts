import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { ReviewLog } from "@/server/generated/prisma/client";
import { decodePrevious, scheduleColumns } from "./card-state-mapper";
import type { UndoResultDto } from "./review-dto";
import type { UndoInput } from "./review-inputs";

class LostRace extends Error {}

const result = (log: Pick<ReviewLog, "id" | "cardId"> & { baseVersion: number }, undoneAt: Date): UndoResultDto => ({
  reviewId: log.id,
  cardId: log.cardId,
  // A grade moved the card from baseVersion to baseVersion + 1; its undo moves it one further.
  version: log.baseVersion + 2,
  undoneAt: undoneAt.toISOString(),
});

/**
 * Takes back one answer: the card gets back the exact schedule and flags it had before, its version
 * moves on (so a tab still holding the graded card cannot answer it again), and the log entry is kept,
 * marked undone. Only the card's latest answer can be undone. Undoing twice returns the first result.
 */
export async function undoReview(db: Db, userId: string, input: UndoInput, now: Date): Promise<UndoResultDto> {
  // Scoped to the user: another student's review id is reported exactly like an unknown one.
  const log = await db.reviewLog.findFirst({ where: { id: input.reviewId, userId } });
  if (!log) throw new AppError("not_found", "There is no answer of yours with this review id to undo.");
  const { baseVersion } = log;
  if (log.supersededAt || baseVersion === null) {
    throw new AppError("conflict", "This answer was set aside because another device answered the card later, so there is nothing to undo.");
  }
  if (log.undoneAt) return result({ ...log, baseVersion }, log.undoneAt);
  const previous = decodePrevious(log.previous);

  try {
    await db.$transaction(async (tx) => {
      const restored = await tx.cardState.updateMany({
        where: { userId, cardId: log.cardId, version: baseVersion + 1 },
        data: { ...scheduleColumns(previous.schedule), needsRelearn: previous.needsRelearn, version: baseVersion + 2 },
      });
      if (restored.count !== 1) throw new LostRace();
      const marked = await tx.reviewLog.updateMany({ where: { id: log.id, undoneAt: null }, data: { undoneAt: now } });
      if (marked.count !== 1) throw new LostRace();
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const again = await db.reviewLog.findFirst({ where: { id: input.reviewId, userId }, select: { undoneAt: true } });
    if (again?.undoneAt) return result({ ...log, baseVersion }, again.undoneAt);
    throw new AppError("conflict", "Only the latest answer to a card can be undone, and this card has been answered again since.");
  }
  return result({ ...log, baseVersion }, now);
}
