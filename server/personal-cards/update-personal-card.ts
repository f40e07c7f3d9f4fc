import "server-only";
import type { Db } from "@/server/db";
import type { PersonalCardInput } from "@/lib/personal-cards/card-input";
import { resolveAttachments } from "./attachments";
import { personalCardNotFound } from "./not-found";
import { personalCardHash, personalCardSelect, toPersonalCardDto, type PersonalCardDto } from "./personal-card-dto";

/**
 * Rewrites the owner's card in place: same id, so its CardState and every ReviewLog stay attached and
 * the schedule goes on. The student changed the text knowingly, so nothing is flagged for relearning
 * (content sync does not do that for an edited catalogue card either); "Forget" in the card browser
 * restarts a card. Another student's card, or a catalogue card, is a 404 and nothing is written.
 */
export async function updatePersonalCard(db: Db, userId: string, cardId: string, input: PersonalCardInput): Promise<PersonalCardDto> {
  return db.$transaction(async (tx) => {
    const owned = await tx.flashcard.findFirst({ where: { id: cardId, ownerId: userId }, select: { id: true } });
    if (!owned) throw personalCardNotFound(cardId);
    const [attachment] = await resolveAttachments(tx, userId, [input], (_, field) => field);
    const card = await tx.flashcard.update({
      where: { id: cardId },
      data: {
        kind: input.kind,
        front: input.front,
        back: input.back,
        hint: input.hint,
        topicId: attachment?.topicId ?? null,
        factIds: attachment?.factIds ?? [],
        // Left out by a client that does not know tags: keep them rather than wipe them.
        ...(input.tags === undefined ? {} : { tags: input.tags }),
        contentHash: personalCardHash(input),
      },
      select: personalCardSelect(userId),
    });
    return toPersonalCardDto(card);
  });
}
