import "server-only";
import type { DbTransaction } from "@/server/db";
import type { PersonalCardInput } from "@/lib/personal-cards/card-input";
import { insertPersonalCards } from "@/server/personal-cards";

/** A card the import will create, already checked by the personal-card rules, with its idempotency key. */
export interface ImportedPersonalCard {
  key: string;
  card: PersonalCardInput;
}

/**
 * Creates the personal cards through the personal-card service (inside the import's transaction, so they
 * enter the queue as new cards exactly like hand-written ones) and stamps each with its import key.
 * Returns the new card id for each key.
 */
export async function insertImportedCards(tx: DbTransaction, userId: string, cards: readonly ImportedPersonalCard[], now: Date): Promise<Map<string, string>> {
  if (cards.length === 0) return new Map();
  const { ids } = await insertPersonalCards(tx, userId, cards.map((c) => c.card), now);
  const keys = cards.map((c) => c.key);
  // One statement over arrays: a constant number of parameters for 20,000 cards.
  await tx.$executeRaw`
    UPDATE "Flashcard" f SET "importKey" = u.key
    FROM unnest(${ids}::text[], ${keys}::text[]) AS u(id, key)
    WHERE f.id = u.id AND f."ownerId" = ${userId}`;
  return new Map(keys.map((key, i) => [key, ids[i]!]));
}
