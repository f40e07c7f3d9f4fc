import "server-only";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { personalCardNotFound } from "./not-found";
import { personalCardSelect, toPersonalCardDto, type PersonalCardDto } from "./personal-card-dto";

export const PERSONAL_CARDS_PAGE_SIZE = 50;

export interface PersonalCardPage {
  cards: PersonalCardDto[];
  total: number;
  page: number;
  pageCount: number;
}

/** The owner's cards, newest first, a page at a time; optionally those of one topic, or with one tag, only. */
export async function listPersonalCards(
  db: Db,
  userId: string,
  options: { page?: number; pageSize?: number; topicId?: string; tag?: string } = {},
): Promise<PersonalCardPage> {
  const pageSize = options.pageSize ?? PERSONAL_CARDS_PAGE_SIZE;
  const where: Prisma.FlashcardWhereInput = {
    ownerId: userId,
    ...(options.topicId === undefined ? {} : { topicId: options.topicId }),
    ...(options.tag === undefined ? {} : { tags: { has: options.tag } }),
  };
  const total = await db.flashcard.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const cards = await db.flashcard.findMany({
    where,
    orderBy: [{ order: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: personalCardSelect(userId),
  });
  return { cards: cards.map(toPersonalCardDto), total, page, pageCount };
}

/** One of the owner's cards (the edit form); anyone else's is a 404. */
export async function getPersonalCard(db: Db, userId: string, cardId: string): Promise<PersonalCardDto> {
  const card = await db.flashcard.findFirst({ where: { id: cardId, ownerId: userId }, select: personalCardSelect(userId) });
  if (!card) throw personalCardNotFound(cardId);
  return toPersonalCardDto(card);
}

/** Every tag on the owner's cards, for the filter: one statement, in alphabetical order, at most `limit`. */
export async function listPersonalCardTags(db: Db, userId: string, limit = 500): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT t.tag FROM "Flashcard" f, unnest(f.tags) AS t(tag)
    WHERE f."ownerId" = ${userId}
    ORDER BY t.tag LIMIT ${limit}`;
  return rows.map((r) => r.tag);
}
