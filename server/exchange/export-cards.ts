import "server-only";
import { z } from "zod";
import { writeCardCsv } from "@/lib/exchange/csv-cards";
import { writeApkg, type ExportCard } from "@/lib/exchange/anki/write-apkg";
import { isoDay } from "@/lib/format/dates";
import { gradeSchema } from "@/lib/srs";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Prisma } from "@/server/generated/prisma/client";
import { scheduleFromRow } from "@/server/reviews/card-state-mapper";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import { NO_TOPIC_TITLE } from "@/server/reviews/card-access";
import { getUserTimeZone } from "@/server/queries/user-time-zone";
import { exchangeFileName, fileDownload } from "./downloads";
import { sqlEngine } from "./sql-engine";

export const exportQuerySchema = z.object({
  format: z.enum(["apkg", "csv"], { error: "format must be apkg or csv" }),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The Anki guid of one of our cards: stable, so re-importing into Anki updates the note instead of copying it. */
export function cardGuid(cardId: string): string {
  return `dossier:${cardId}`;
}

const cardSelect = {
  id: true,
  kind: true,
  front: true,
  back: true,
  ownerId: true,
  tags: true,
  topicId: true,
  topic: { select: { title: true } },
} satisfies Prisma.FlashcardSelect;

type CardRow = Prisma.FlashcardGetPayload<{ select: typeof cardSelect }>;

/** Our cards in the exchange format, with this student's schedule and answers (none for a plain topic deck). */
async function toExportCards(db: Db, cards: CardRow[], historyOf: string | null): Promise<ExportCard[]> {
  // All of the student's rows, filtered here: a 20,000-id IN list would pass PostgreSQL's parameter limit.
  const [states, logs] = historyOf
    ? await Promise.all([
        db.cardState.findMany({ where: { userId: historyOf } }),
        db.reviewLog.findMany({
          where: { userId: historyOf, undoneAt: null },
          orderBy: [{ reviewedAt: "asc" }, { baseVersion: "asc" }],
          select: { cardId: true, rating: true, state: true, due: true, scheduledDays: true, reviewedAt: true, durationMs: true },
        }),
      ])
    : [[], []];
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const logsOf = new Map<string, typeof logs>();
  for (const log of logs) logsOf.set(log.cardId, [...(logsOf.get(log.cardId) ?? []), log]);
  return cards.map((card) => {
    const state = stateOf.get(card.id);
    return {
      guid: cardGuid(card.id),
      kind: card.kind,
      front: card.front,
      back: card.back,
      // A personal card carries the student's own tags, so export and import round-trip them; a catalogue
      // card is tagged with its topic id, for finding a topic's cards in Anki.
      tags: card.ownerId !== null ? card.tags : card.topicId === null ? [] : [card.topicId],
      deck: `Dossier::${(card.topic?.title ?? NO_TOPIC_TITLE).replace(/::/g, ":")}`,
      schedule: state ? scheduleFromRow(state) : null,
      suspended: state?.suspended ?? false,
      reviews: (logsOf.get(card.id) ?? []).map((log) => ({
        rating: gradeSchema.parse(log.rating),
        stateBefore: log.state,
        dueBefore: log.due,
        scheduledDaysBefore: log.scheduledDays,
        reviewedAt: log.reviewedAt,
        durationMs: log.durationMs,
      })),
    };
  });
}

async function download(cards: ExportCard[], base: string, format: ExportQuery["format"], now: Date, timeZone: string): Promise<Response> {
  const day = isoDay(now, timeZone);
  if (format === "csv") {
    return fileDownload(`\uFEFF${writeCardCsv(cards)}`, exchangeFileName(base, day, "csv"), "text/csv; charset=utf-8");
  }
  return fileDownload(writeApkg(await sqlEngine(), cards, now), exchangeFileName(base, day, "apkg"), "application/octet-stream");
}

/**
 * A student's cards: the catalogue cards they study (a schedule row on a topic they may still see) with
 * their schedule and answers, so an Anki user carries on where they are.
 */
export async function exportStudentCards(db: Db, userId: string, query: ExportQuery, now: Date): Promise<Response> {
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  const cards = await db.flashcard.findMany({
    // Catalogue cards they study on topics they may see, and their own personal cards (note 014).
    where: { retiredAt: null, states: { some: { userId } }, OR: [{ ownerId: userId }, { ownerId: null, topic: { retiredAt: null, ...visibleTopics(privateIds) } }] },
    orderBy: [{ topic: { order: "asc" } }, { order: "asc" }],
    select: cardSelect,
  });
  return download(await toExportCards(db, cards, userId), "dossier-my-cards", query.format, now, await getUserTimeZone(db, userId));
}

/** A topic's catalogue cards as a fresh deck, for anyone who may see the topic; a hidden topic is a 404. */
export async function exportTopicCards(db: Db, userId: string, topicId: string, query: ExportQuery, now: Date): Promise<Response> {
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  const topic = await db.topic.findFirst({ where: { id: topicId, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true, title: true } });
  if (!topic) throw new AppError("not_found", "There is no such topic.");
  // Catalogue cards only: a student's personal cards on this topic are theirs alone (note 014).
  const cards = await db.flashcard.findMany({ where: { topicId: topic.id, retiredAt: null, ownerId: null }, orderBy: { order: "asc" }, select: cardSelect });
  return download(await toExportCards(db, cards, null), `dossier-${topic.title}`, query.format, now, await getUserTimeZone(db, userId));
}
