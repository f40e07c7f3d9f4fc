import "server-only";
import {
  buildDailyQueue,
  nextStudyDayStart,
  previewIntervals,
  studyDayOf,
  studyDayStart,
  newCardSchedule,
  type CardSchedule,
  type QueueItem,
  type StudySettings,
} from "@/lib/srs";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import { getStudySettings } from "@/server/queries/review-settings";
import { countTodaysAnswers, findDueCandidates, findNewCards, findNextDue, findStudiedToday } from "@/server/queries/review-queue";
import { findQueueCards, type QueueCardRow } from "@/server/queries/review-queue-cards";
import { orderingSchedule, queueSchedule, scheduleFromRow } from "./card-state-mapper";
import type { CardScheduleDto, QueueCardDto, ReviewQueueDto } from "./review-dto";
import { fuzzEnabled, schedulerFor } from "./scheduler-for";

/**
 * How many cards, from the front of the queue, carry their grade intervals. Previewing costs four
 * scheduler runs a card; the client refetches the queue after each answer, so the window moves along
 * long before a student could reach its end.
 */
export const PREVIEW_WINDOW = 40;

/**
 * Today's queue for one student. SQL narrows the cards to what today can hold (due before the study
 * day ends, new cards up to the limit) and counts today's answers; lib/srs orders that set (lowest
 * recall first) and applies the limits; then the chosen cards are read in full. Each card carries the
 * interval every grade would give, computed by the same scheduler that will apply the grade.
 */
export async function loadReviewQueue(
  db: Db,
  userId: string,
  options: { topicId?: string | undefined; fuzz?: boolean; nextDay?: boolean },
  requestedAt: Date,
): Promise<ReviewQueueDto> {
  const { topicId } = options;
  const privateIds = await privateTopicIdsFor(db, { id: userId });
  const [topic, settings] = await Promise.all([
    topicId === undefined ? null : findTopic(db, topicId, privateIds),
    getStudySettings(db, userId),
  ]);
  // Near the end of a study day the review screen also keeps the next day's queue on the device (note
  // 013): that is the queue as it will stand the moment the next day starts, if nothing else is answered.
  const now = options.nextDay ? nextStudyDayStart(requestedAt, settings.timeZone, settings.dayStartHour) : requestedAt;
  const today = studyDayOf(now, settings.timeZone, settings.dayStartHour);
  const dayStart = studyDayStart(today, settings.timeZone, settings.dayStartHour);
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour);

  // Independent reads, run side by side on PostgreSQL's pool (PGlite simply queues them). New cards
  // are read up to the full daily limit; lib/srs takes off what was already introduced today.
  const [done, candidates, newRows, studiedToday] = await Promise.all([
    countTodaysAnswers(db, userId, dayStart),
    findDueCandidates(db, userId, dayEnd, now, topicId, privateIds),
    // Buried siblings are skipped before the limit, so read enough new cards to fill it anyway.
    settings.newCardsPerDay > 0 ? findNewCards(db, userId, settings.newCardsPerDay * (settings.burySiblings ? 3 : 1), now, topicId, privateIds) : [],
    settings.burySiblings ? findStudiedToday(db, userId, dayStart) : [],
  ]);
  const newLimit = Math.max(0, settings.newCardsPerDay - done.newIntroduced);

  const queue = buildDailyQueue({
    // Fresh objects of one shape: rows from a raw query are dictionary-like, and lib/srs's sort reads
    // these fields thousands of times (measured: the ordering step took about half as long).
    scheduledCards: candidates.map((row) => ({
      cardId: row.cardId,
      topicId: row.topicId,
      topicOrder: row.topicOrder,
      cardOrder: row.cardOrder,
      assigned: row.assigned,
      outsideNewLimit: row.outsideNewLimit,
      factIds: row.factIds,
      schedule: orderingSchedule(row, now),
    })),
    newCards: newRows,
    newIntroducedToday: done.newIntroduced,
    studiedToday,
    reviewsDoneToday: done.reviewsDone,
    settings,
    now,
    ...(topicId === undefined ? {} : { topicId }),
  });

  const cards = new Map((await findQueueCards(db, userId, queue.items.map((i) => i.cardId))).map((c) => [c.id, c]));
  const scheduler = schedulerFor(settings, options.fuzz);
  const items = queue.items.flatMap((item, index): QueueCardDto[] => {
    const card = cards.get(item.cardId);
    if (!card) return [];
    const row = card.state;
    const intervals = index < PREVIEW_WINDOW ? previewAt(item, row ? queueSchedule(row, now) : newCardSchedule(now), now, scheduler) : null;
    return [toDto(item, card, intervals)];
  });
  const nextDueAt = items.length === 0 ? await nextDue(db, userId, dayEnd, newLimit === 0 && settings.newCardsPerDay > 0, now, topicId) : null;
  return {
    generatedAt: requestedAt.toISOString(),
    dayEndsAt: dayEnd.toISOString(),
    topic,
    counts: queue.counts,
    items,
    nextDueAt: nextDueAt?.toISOString() ?? null,
    scheduling: schedulingOf(settings, options.fuzz),
  };
}

export const schedulingOf = (settings: StudySettings, fuzz = fuzzEnabled()) => ({ settings, fuzz });

/** The schedule a grade starts from, as gradeCard reads it (scheduleFromRow), with ISO dates. */
function scheduleDto(row: NonNullable<QueueCardRow["state"]>): CardScheduleDto {
  const s = scheduleFromRow(row);
  return { ...s, due: s.due.toISOString(), lastReview: s.lastReview?.toISOString() ?? null };
}

async function findTopic(db: Db, topicId: string, privateIds: readonly string[]) {
  const topic = await db.topic.findFirst({ where: { id: topicId, retiredAt: null, ...visibleTopics(privateIds) }, select: { id: true, title: true } });
  if (!topic) throw new AppError("not_found", `There is no topic with id "${topicId}" to study.`);
  return topic;
}

// A learning card is previewed at the moment it becomes available, which is when it will be answered.
export function previewAt(item: QueueItem, schedule: CardSchedule, now: Date, scheduler: ReturnType<typeof schedulerFor>) {
  const at = item.availableAt && item.availableAt > now ? item.availableAt : now;
  return previewIntervals(schedule, at, scheduler).map(({ rating, name, label, state, due }) => ({ rating, name, label, state, due: due.toISOString() }));
}

// With nothing left today, cards held back by the daily limits come back when the next day starts.
async function nextDue(db: Db, userId: string, dayEnd: Date, newLimitReached: boolean, now: Date, topicId?: string) {
  const next = await findNextDue(db, userId, topicId);
  const moreNew = newLimitReached && (await findNewCards(db, userId, 1, now, topicId)).length > 0;
  const candidates = [next && next < dayEnd ? dayEnd : next, moreNew ? dayEnd : null].filter((d): d is Date => d !== null);
  return candidates.length > 0 ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
}

export function toDto(item: QueueItem, card: QueueCardRow, intervals: QueueCardDto["intervals"]): QueueCardDto {
  return {
    cardId: item.cardId,
    topicId: card.topicId,
    topicTitle: card.topicTitle,
    personal: card.personal,
    factIds: card.factIds,
    kind: item.kind,
    availableAt: item.availableAt?.toISOString() ?? null,
    early: item.early,
    card: { kind: card.kind, front: card.front, back: card.back, hint: card.hint },
    version: card.state?.version ?? 0,
    flagged: card.state?.flagged ?? false,
    intervals,
    schedule: card.state ? scheduleDto(card.state) : null,
  };
}
