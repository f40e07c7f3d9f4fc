import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor } from "@/server/studio/topic-access";
import { visibleCards } from "./card-access";
import type { CardFlagsDto } from "./review-dto";
import type { CardFlagsInput } from "./review-inputs";

/**
 * Suspends or flags a card for this student. A card never answered gets its CardState row here, as a
 * new card (version 0), so it can be answered later exactly like one without a row.
 */
export async function setCardFlags(db: Db, userId: string, input: CardFlagsInput, now: Date): Promise<CardFlagsDto> {
  const card = await db.flashcard.findFirst({
    where: { id: input.cardId, ...visibleCards(userId, await privateTopicIdsFor(db, { id: userId })) },
    select: { retiredAt: true },
  });
  if (!card) throw new AppError("not_found", `There is no flashcard with id "${input.cardId}".`);
  if (card.retiredAt) throw new AppError("gone", "This flashcard has been retired from the course.");
  const flags = {
    ...(input.suspended === undefined ? {} : { suspended: input.suspended }),
    ...(input.flagged === undefined ? {} : { flagged: input.flagged }),
  };
  const row = await db.cardState.upsert({
    where: { userId_cardId: { userId, cardId: input.cardId } },
    create: { userId, cardId: input.cardId, due: now, ...flags },
    update: flags,
    select: { cardId: true, suspended: true, flagged: true },
  });
  return row;
}
