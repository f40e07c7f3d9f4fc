import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db } from "@/server/db";
import { privateTopicIdsFor } from "@/server/studio/topic-access";
import { NO_TOPIC_TITLE, studyableCardSql } from "@/server/reviews/card-access";
import { likePattern, type CardBrowserFilters } from "@/lib/review/card-browser-filters";

export const CARDS_PER_PAGE = 30;

export interface BrowserCard {
  id: string;
  kind: "basic" | "cloze";
  front: string;
  back: string;
  topicId: string | null;
  topicTitle: string;
  /** The student's own card. */
  personal: boolean;
  state: "new" | "learning" | "review" | "relearning";
  due: Date | null;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
  suspended: boolean;
  flagged: boolean;
  history: { reviewedAt: Date; rating: number; state: string; undone: boolean }[];
}

type Row = Omit<BrowserCard, "history" | "state" | "suspended" | "flagged" | "stability" | "difficulty" | "scheduledDays" | "reps" | "lapses"> & {
  state: BrowserCard["state"] | null;
  suspended: boolean | null;
  flagged: boolean | null;
  stability: number | null;
  difficulty: number | null;
  scheduledDays: number | null;
  reps: number | null;
  lapses: number | null;
  total: number;
};

/**
 * The student's cards matching the browser's filters (text in front, back or hint; topic; state),
 * in curriculum order, one page at a time, each with its schedule and its answer history. Cards the
 * student never touched are "new". Only this student's states and logs are read.
 */
export async function searchCards(db: Db, userId: string, filters: CardBrowserFilters): Promise<{ cards: BrowserCard[]; total: number }> {
  // Private (studio) topics appear only to those who may see them.
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  // Catalogue cards on topics they may see, and their own personal cards (note 014).
  const conditions: Prisma.Sql[] = [studyableCardSql(userId, privateIds)];
  if (filters.q !== "") {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(f.front ILIKE ${pattern} OR f.back ILIKE ${pattern} OR coalesce(f.hint, '') ILIKE ${pattern})`);
  }
  if (filters.topic !== "") conditions.push(Prisma.sql`f."topicId" = ${filters.topic}`);
  const byState: Record<CardBrowserFilters["state"], Prisma.Sql | null> = {
    all: null,
    new: Prisma.sql`(cs."userId" IS NULL OR cs.state = 'new')`,
    learning: Prisma.sql`cs.state IN ('learning', 'relearning')`,
    review: Prisma.sql`cs.state = 'review'`,
    suspended: Prisma.sql`cs.suspended`,
    flagged: Prisma.sql`cs.flagged`,
  };
  const state = byState[filters.state];
  if (state) conditions.push(state);

  const rows = await db.$queryRaw<Row[]>`
    SELECT f.id, f.kind, f.front, f.back, f."topicId", coalesce(t.title, ${NO_TOPIC_TITLE}) AS "topicTitle", f."ownerId" IS NOT NULL AS personal,
           cs.state, cs.due, cs.stability, cs.difficulty, cs."scheduledDays", cs.reps, cs.lapses, cs."lastReview",
           cs.suspended, cs.flagged, count(*) OVER ()::int AS total
    FROM "Flashcard" f
    LEFT JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = ${userId}
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY t."order" NULLS LAST, f."order", f.id
    LIMIT ${CARDS_PER_PAGE} OFFSET ${(filters.page - 1) * CARDS_PER_PAGE}`;
  const ids = rows.map((r) => r.id);
  const logs = ids.length
    ? await db.reviewLog.findMany({
        where: { userId, cardId: { in: ids } },
        orderBy: { reviewedAt: "desc" },
        select: { cardId: true, reviewedAt: true, rating: true, state: true, undoneAt: true },
      })
    : [];
  const history = new Map<string, BrowserCard["history"]>();
  for (const log of logs) {
    const list = history.get(log.cardId) ?? [];
    list.push({ reviewedAt: log.reviewedAt, rating: log.rating, state: log.state, undone: log.undoneAt !== null });
    history.set(log.cardId, list);
  }
  const cards = rows.map(({ total: _total, ...row }): BrowserCard => ({
    ...row,
    state: row.state ?? "new",
    // A card with a state row but never answered has no meaningful due date yet.
    due: row.state && row.state !== "new" ? row.due : null,
    stability: row.stability ?? 0,
    difficulty: row.difficulty ?? 0,
    scheduledDays: row.scheduledDays ?? 0,
    reps: row.reps ?? 0,
    lapses: row.lapses ?? 0,
    suspended: row.suspended ?? false,
    flagged: row.flagged ?? false,
    history: history.get(row.id) ?? [],
  }));
  return { cards, total: rows[0]?.total ?? 0 };
}
