import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, DbTransaction } from "@/server/db";
import { AppError } from "@/server/errors";
import { PERSONAL_CARD_LIMITS, type PersonalCardInput } from "@/lib/personal-cards/card-input";
import { resolveAttachments } from "./attachments";
import { personalCardHash, personalCardSelect, toPersonalCardDto, type PersonalCardDto } from "./personal-card-dto";

/** Why a card's state says where it came from: the queue treats it as an ordinary new card. */
export const PERSONAL_ADDED_FROM = "personal";

export interface CreatePersonalCardsOptions {
  /** Where a refused field is reported; the default names the card by its place in the batch (`3.factId`). */
  path?: (index: number, field: "topicId" | "factId") => string;
}

/**
 * Adds a student's own cards, all or nothing, in one transaction: the cards and, for each, a new
 * CardState, so they enter the owner's queue at once as new cards under the daily new-card limit and
 * the owner's scheduler settings. Both tables are written with multi-row inserts (a few statements
 * for 20,000 cards, not one per card). Returns the new ids in input order.
 */
export async function createPersonalCards(
  db: Db,
  userId: string,
  cards: readonly PersonalCardInput[],
  now: Date,
  options: CreatePersonalCardsOptions = {},
): Promise<{ ids: string[] }> {
  if (cards.length === 0) return { ids: [] };
  if (cards.length > PERSONAL_CARD_LIMITS.cardsPerRequest) {
    throw new AppError("invalid_input", `At most ${PERSONAL_CARD_LIMITS.cardsPerRequest.toLocaleString("en-US")} cards can be added at once.`);
  }
  const path = options.path ?? ((index, field) => `${index}.${field}`);
  return db.$transaction((tx) => insertPersonalCards(tx, userId, cards, now, path), { timeout: 300_000, maxWait: 30_000 });
}

/** The same, inside a transaction the caller holds (an import that also writes other rows). */
export async function insertPersonalCards(
  tx: DbTransaction,
  userId: string,
  cards: readonly PersonalCardInput[],
  now: Date,
  path: (index: number, field: "topicId" | "factId") => string = (index, field) => `${index}.${field}`,
): Promise<{ ids: string[] }> {
  const attachments = await resolveAttachments(tx, userId, cards, path);
  const last = await tx.flashcard.aggregate({ where: { ownerId: userId }, _max: { order: true } });
  const firstOrder = (last._max.order ?? 0) + 1;
  const rows = cards.map((card, i) => {
    const attachment = attachments[i] ?? { topicId: null, factIds: [] };
    return {
      id: `pc-${randomUUID()}`,
      topicId: attachment.topicId,
      factIds: attachment.factIds,
      kind: card.kind,
      front: card.front,
      back: card.back,
      hint: card.hint,
      // Tags are single words (tagsSchema), so one space-joined string per card carries them through
      // unnest, which cannot take a ragged text[][].
      tags: (card.tags ?? []).join(" "),
      // The order they were added in: among the owner's new cards, the first written is the first shown.
      order: firstOrder + i,
      contentHash: personalCardHash(card),
    };
  });
  // One INSERT per table over unnested arrays: a constant number of parameters, however many cards
  // (Prisma's createMany splits 20,000 rows into dozens of statements with 200,000 parameters).
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "Flashcard" (id, "ownerId", origin, "topicId", "factIds", kind, front, back, hint, tags, "order", "contentHash", "createdAt")
    SELECT u.id, ${userId}, 'personal', u.topic, CASE WHEN u.fact IS NULL THEN ARRAY[]::text[] ELSE ARRAY[u.fact] END,
           u.kind::"CardKind", u.front, u.back, u.hint, string_to_array(u.tags, ' '), u.ord, u.hash, ${now}
    FROM unnest(${column("id")}::text[], ${column("topicId")}::text[], ${rows.map((r) => r.factIds[0] ?? null)}::text[],
                ${column("kind")}::text[], ${column("front")}::text[], ${column("back")}::text[], ${column("hint")}::text[],
                ${column("tags")}::text[], ${column("order")}::int[], ${column("contentHash")}::text[])
      AS u(id, topic, fact, kind, front, back, hint, tags, ord, hash)`;
  await tx.$executeRaw`
    INSERT INTO "CardState" ("userId", "cardId", state, due, "addedFrom", "createdAt", "updatedAt")
    SELECT ${userId}, u.id, 'new', ${now}, ${PERSONAL_ADDED_FROM}, ${now}, ${now} FROM unnest(${column("id")}::text[]) AS u(id)`;
  return { ids: rows.map((r) => r.id) };
}

/** One card from a form: refused fields are named as the form names them (`factId`, not `0.factId`). */
export async function createPersonalCard(db: Db, userId: string, card: PersonalCardInput, now: Date): Promise<PersonalCardDto> {
  const { ids } = await createPersonalCards(db, userId, [card], now, { path: (_, field) => field });
  const id = ids[0];
  const created = id === undefined ? null : await db.flashcard.findFirst({ where: { id, ownerId: userId }, select: personalCardSelect(userId) });
  if (!created) throw new Error("a personal card just written could not be read back");
  return toPersonalCardDto(created);
}
