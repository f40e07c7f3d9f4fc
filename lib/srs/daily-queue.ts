import type { CardSchedule } from "./card-state";
import { retrievability } from "./schedule-review";
import type { StudySettings } from "./settings";
import { nextStudyDayStart } from "./study-day";

/** Where a card sits in the curriculum; assigned = part of a teacher's assignment for this student. */
export interface QueueCardRef {
  cardId: string;
  /** Null for a student's personal card attached to no topic. */
  topicId: string | null;
  topicOrder: number;
  cardOrder: number;
  assigned: boolean;
  /** Added from a test's mistakes: comes in today whatever the new-card limit, and does not use it up. */
  outsideNewLimit?: boolean;
  /** The facts the card asks about; cards sharing one are siblings. */
  factIds?: readonly string[];
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
  /** Cards answered this study day, with their facts: their new and review siblings are buried. */
  studiedToday?: readonly { cardId: string; factIds: readonly string[] }[];
}

export type QueueItemKind = "review" | "learning" | "new";

export interface QueueItem {
  cardId: string;
  topicId: string | null;
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

  // Siblings of cards studied today, or of cards earlier in this queue, wait for tomorrow (see bury).
  const bury = settings.burySiblings ? siblingBurial(input) : null;
  const take = <T extends QueueCardRef>(cards: T[], limit: number) => (bury ? bury.take(cards, limit) : cards.slice(0, limit));

  const learningCards = scheduled
    .filter((c) => (c.schedule.state === "learning" || c.schedule.state === "relearning") && dueToday(c))
    .sort(byDue);
  // A started card whose schedule still says "new" was never answered, so it competes as a new card.
  const unstarted = [...input.newCards.filter(inScope), ...scheduled.filter((c) => c.schedule.state === "new")];
  // Learning cards will be studied today whatever their place, and so will mistake cards (the student
  // asked for them today, so none of them is buried, even beside a sibling): both claim their facts first.
  const mistakes = unstarted.filter((c) => c.outsideNewLimit).sort(byCurriculum);
  bury?.claim([...learningCards, ...mistakes]);

  const reviews = take(
    scheduled
      .filter((c) => c.schedule.state === "review" && (topicId !== undefined || dueToday(c)))
      .map((card) => ({ ...card, r: retrievability(card.schedule, now, settings.fsrsParameters) ?? 0 }))
      .sort((a, b) => a.r - b.r || byDue(a, b)),
    remaining(settings.maxReviewsPerDay, input.reviewsDoneToday),
  ).map((card): QueueItem => ({
    cardId: card.cardId,
    topicId: card.topicId,
    kind: "review",
    availableAt: null,
    early: !dueToday(card),
    retrievability: card.r,
  }));

  const learning = learningCards.map((card): QueueItem => ({
    cardId: card.cardId,
    topicId: card.topicId,
    kind: "learning",
    availableAt: new Date(card.schedule.due),
    early: false,
    retrievability: retrievability(card.schedule, now, settings.fsrsParameters),
  }));

  const fresh = [
    ...mistakes,
    ...take(
      unstarted.filter((c) => !c.outsideNewLimit).sort(byCurriculum),
      remaining(settings.newCardsPerDay, input.newIntroducedToday),
    ),
  ].map((card): QueueItem => ({
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
 * Bury siblings, as Anki does: a new or review card waits for the next study day when a card on one
 * of its facts was answered today or is already in today's queue, so one card never gives the next
 * one's answer away. Buried cards are skipped before the daily limits are applied, so they do not
 * use up a slot. Learning cards are never buried: they are mid-way through their steps.
 */
export function siblingBurial(input: Pick<DailyQueueInput, "studiedToday">) {
  const studied = new Set((input.studiedToday ?? []).map((s) => s.cardId));
  const claimed = new Set((input.studiedToday ?? []).flatMap((s) => s.factIds));
  type Sibling = Pick<QueueCardRef, "cardId" | "factIds">;
  const claim = (cards: readonly Sibling[]) => {
    for (const card of cards) for (const f of card.factIds ?? []) claimed.add(f);
  };
  const take = <T extends Sibling>(cards: readonly T[], limit: number): T[] => {
    const kept: T[] = [];
    for (const card of cards) {
      if (kept.length >= limit) break;
      const facts = card.factIds ?? [];
      if (!studied.has(card.cardId) && facts.some((f) => claimed.has(f))) continue;
      claim([card]);
      kept.push(card);
    }
    return kept;
  };
  return { claim, take };
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
