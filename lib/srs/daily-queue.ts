import type { CardSchedule } from "./card-state";
import { retrievability } from "./schedule-review";
import type { StudySettings } from "./settings";
import { nextStudyDayStart } from "./study-day";

/** Where a card sits in the curriculum; assigned = part of a teacher's assignment for this student. */
export interface QueueCardRef {
  cardId: string;
  topicId: string;
  topicOrder: number;
  cardOrder: number;
  assigned: boolean;
  /** Added from a test's mistakes: comes in today whatever the new-card limit, and does not use it up. */
  outsideNewLimit?: boolean;
}

export interface ScheduledQueueCard extends QueueCardRef {
  schedule: CardSchedule;
}

export interface DailyQueueInput {
  /** Cards the student has started (any state but new). Cards not due are filtered out here. */
  scheduledCards: readonly ScheduledQueueCard[];
  /** Cards never studied. */
  newCards: readonly QueueCardRef[];
  /** New cards first answered during the current study day (mistake cards not counted). */
  newIntroducedToday: number;
  /** Answers given today to cards that were in the review state. */
  reviewsDoneToday: number;
  settings: StudySettings;
  now: Date;
  /** "Study this topic": only this topic's cards, including reviews not yet due. */
  topicId?: string;
}

export type QueueItemKind = "review" | "learning" | "new";

export interface QueueItem {
  cardId: string;
  topicId: string;
  kind: QueueItemKind;
  /** A learning card may not be shown before this instant; null means any time. */
  availableAt: Date | null;
  /** A review card studied before the day it is due (topic sessions only). */
  early: boolean;
  /** Recall probability at `now`; null for new cards. */
  retrievability: number | null;
}

export interface DailyQueue {
  items: QueueItem[];
  counts: { new: number; learning: number; due: number };
}

export type NextCard = { kind: "card"; item: QueueItem } | { kind: "wait"; until: Date } | { kind: "done" };

const byCurriculum = (a: QueueCardRef, b: QueueCardRef) =>
  Number(b.assigned) - Number(a.assigned) ||
  a.topicOrder - b.topicOrder ||
  a.cardOrder - b.cardOrder ||
  a.cardId.localeCompare(b.cardId);

const remaining = (limit: number, used: number) => Math.max(0, limit - Math.max(0, used));

/**
 * Builds the day's queue: due reviews (least likely to be recalled first, capped by the review
 * limit), then learning cards whose next step falls before the study day ends (by due time), then new
 * cards within the new-card limit (assigned first, then topic and card order). Rebuild it after each
 * answer with the updated counts; it is cheap and keeps one source of truth. Cards added from a test's
 * mistakes come first among the new cards and are not limited: the student asked for them today.
 *
 * Review cards due later in the current study day are included, as in Anki: intervals are whole days
 * and the student should not have to come back in the evening for them. In a topic session, reviews
 * that are not yet due are included too (grade them with the real time, see scheduleReview); the
 * daily limits still apply, so a topic session cannot flood the coming days with new cards.
 */
export function buildDailyQueue(input: DailyQueueInput): DailyQueue {
  const { settings, now, topicId } = input;
  const dayEnd = nextStudyDayStart(now, settings.timeZone, settings.dayStartHour).getTime();
  const inScope = (card: QueueCardRef) => topicId === undefined || card.topicId === topicId;
  const scheduled = input.scheduledCards.filter(inScope);
  const dueToday = (c: ScheduledQueueCard) => c.schedule.due.getTime() < dayEnd;
  const byDue = (a: ScheduledQueueCard, b: ScheduledQueueCard) =>
    a.schedule.due.getTime() - b.schedule.due.getTime() || byCurriculum(a, b);

  const reviews = scheduled
    .filter((c) => c.schedule.state === "review" && (topicId !== undefined || dueToday(c)))
    .map((card) => ({ card, r: retrievability(card.schedule, now) ?? 0 }))
    .sort((a, b) => a.r - b.r || byDue(a.card, b.card))
    .slice(0, remaining(settings.maxReviewsPerDay, input.reviewsDoneToday))
    .map(({ card, r }): QueueItem => ({
      cardId: card.cardId,
      topicId: card.topicId,
      kind: "review",
      availableAt: null,
      early: !dueToday(card),
      retrievability: r,
    }));

  const learning = scheduled
    .filter((c) => (c.schedule.state === "learning" || c.schedule.state === "relearning") && dueToday(c))
    .sort(byDue)
    .map((card): QueueItem => ({
      cardId: card.cardId,
      topicId: card.topicId,
      kind: "learning",
      availableAt: new Date(card.schedule.due),
      early: false,
      retrievability: retrievability(card.schedule, now),
    }));

  // A started card whose schedule still says "new" was never answered, so it competes as a new card.
  const unstarted = [...input.newCards.filter(inScope), ...scheduled.filter((c) => c.schedule.state === "new")];
  const mistakes = unstarted.filter((c) => c.outsideNewLimit).sort(byCurriculum);
  const fresh = [
    ...mistakes,
    ...unstarted
      .filter((c) => !c.outsideNewLimit)
      .sort(byCurriculum)
      .slice(0, remaining(settings.newCardsPerDay, input.newIntroducedToday)),
  ]
    .map((card): QueueItem => ({
      cardId: card.cardId,
      topicId: card.topicId,
      kind: "new",
      availableAt: null,
      early: false,
      retrievability: null,
    }));

  return {
    items: [...reviews, ...learning, ...fresh],
    counts: { new: fresh.length, learning: learning.length, due: reviews.length },
  };
}

/**
 * The card to show at `now`: the first item in queue order that is available. If only learning cards
 * remain and none is due yet, says when to come back.
 */
export function nextCardAt(queue: DailyQueue, now: Date): NextCard {
  const item = queue.items.find((i) => i.availableAt === null || i.availableAt.getTime() <= now.getTime());
  if (item) return { kind: "card", item };
  const waits = queue.items.flatMap((i) => (i.availableAt ? [i.availableAt.getTime()] : []));
  return waits.length > 0 ? { kind: "wait", until: new Date(Math.min(...waits)) } : { kind: "done" };
}
