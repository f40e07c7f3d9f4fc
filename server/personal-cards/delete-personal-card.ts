import "server-only";
import type { Db } from "@/server/db";
import { personalCardNotFound } from "./not-found";

/**
 * Deletes the owner's card for good, with its schedule and its review history, in one transaction
 * (docs/decisions/014-personal-cards.md: the one exception to append-only review logs, so a deleted
 * card leaves nothing behind in the statistics). Another student's card, or a catalogue card, is a
 * 404 and nothing is deleted.
 */
export async function deletePersonalCard(db: Db, userId: string, cardId: string): Promise<{ id: string; reviewsDeleted: number }> {
  return db.$transaction(async (tx) => {
    // Ownership first: the deletes below name the card only, and only its owner can hold its rows.
    const owned = await tx.flashcard.findFirst({ where: { id: cardId, ownerId: userId, origin: "personal" }, select: { id: true } });
    if (!owned) throw personalCardNotFound(cardId);
    const logs = await tx.reviewLog.deleteMany({ where: { cardId } });
    await tx.cardState.deleteMany({ where: { cardId } });
    await tx.flashcard.delete({ where: { id: cardId } });
    return { id: cardId, reviewsDeleted: logs.count };
  });
}
