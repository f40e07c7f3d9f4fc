import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor } from "@/server/studio/topic-access";
import { visibleCards } from "./card-access";

/**
 * "Forget" a card, as Anki's reset: it becomes new again and comes back through the new-card queue.
 * The review history is kept (logs are append-only) and flags stay; the version moves on, so an
 * older answer or undo still in flight for this card is refused instead of landing on the reset card.
 */
export async function resetCard(db: Db, userId: string, cardId: string, now: Date): Promise<{ cardId: string; state: "new"; version: number }> {
  // Only a card this student may study: another student's personal card or a hidden topic's is a 404.
  const card = await db.flashcard.findFirst({ where: { id: cardId, ...visibleCards(userId, await privateTopicIdsFor(db, { id: userId })) }, select: { retiredAt: true } });
  if (!card) throw new AppError("not_found", `There is no flashcard with id "${cardId}".`);
  if (card.retiredAt) throw new AppError("gone", "This flashcard has been retired from the course.");
  const fresh = { state: "new" as const, due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null, needsRelearn: false };
  const row = await db.cardState.upsert({
    where: { userId_cardId: { userId, cardId } },
    create: { userId, cardId, ...fresh },
    update: { ...fresh, version: { increment: 1 } },
    select: { version: true },
  });
  return { cardId, state: "new", version: row.version };
}
