import { retrievability, scheduleReview, type CardSchedule, type Scheduler } from "@/lib/srs";
import { isIntroduced, type StatsCard, type StatsTopic } from "./topic-mastery";

export interface RecallPrediction {
  /** Recall on exam day if the card is never studied again. */
  noStudy: number;
  /** Recall on exam day if every review falls on its due date and is answered Good. */
  keepSchedule: number;
  /** Reviews the kept schedule still holds before the exam. */
  reviewsBeforeExam: number;
}

// A learning card can need a few steps a day; a card reviewed on schedule for years needs a few dozen.
const MAX_SIMULATED_REVIEWS = 500;

/**
 * Predicted recall at `examAt` from the FSRS forgetting curve. "Keep schedule" replays the plan: the
 * card is reviewed when due (not before `now`: an overdue card is reviewed now) and answered Good, until
 * its next due date falls after the exam. Pass a scheduler without fuzz so the answer is repeatable.
 * Null for a card never studied.
 */
export function predictRecall(schedule: CardSchedule, examAt: Date, now: Date, scheduler: Scheduler): RecallPrediction | null {
  const noStudy = retrievability(schedule, examAt, scheduler);
  if (noStudy === null) return null;
  let card = schedule;
  let reviews = 0;
  while (card.due.getTime() < examAt.getTime() && reviews < MAX_SIMULATED_REVIEWS) {
    const at = new Date(Math.max(card.due.getTime(), now.getTime(), card.lastReview?.getTime() ?? 0));
    if (at.getTime() >= examAt.getTime()) break;
    card = scheduleReview(card, 3, at, scheduler).next;
    reviews += 1;
  }
  return { noStudy, keepSchedule: retrievability(card, examAt, scheduler) ?? noStudy, reviewsBeforeExam: reviews };
}

export interface TopicReadiness {
  topicId: string;
  title: string;
  cardCount: number;
  introduced: number;
  /** Means over the introduced cards; null when none is introduced. */
  noStudy: number | null;
  keepSchedule: number | null;
}

export interface WeakFact {
  factId: string;
  topicId: string;
  /** The lowest no-further-study recall among the fact's cards. */
  noStudy: number;
  keepSchedule: number;
}

export interface ExamReadiness {
  topics: TopicReadiness[];
  weakestFacts: WeakFact[];
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((n, v) => n + v, 0) / values.length;

/**
 * Readiness per topic and the facts to revise first: those whose weakest card would be recalled least
 * on exam day without further study (the schedule would rescue them only if the student keeps it).
 */
export function examReadiness(
  topics: readonly StatsTopic[],
  cards: readonly StatsCard[],
  examAt: Date,
  now: Date,
  scheduler: Scheduler,
  weakestCount = 10,
): ExamReadiness {
  const predicted = cards.filter(isIntroduced).flatMap((card) => {
    const p = predictRecall(card.schedule, examAt, now, scheduler);
    return p ? [{ card, ...p }] : [];
  });

  const byFact = new Map<string, WeakFact>();
  for (const { card, noStudy, keepSchedule } of predicted) {
    for (const factId of card.factIds) {
      const seen = byFact.get(factId);
      if (!seen || noStudy < seen.noStudy) byFact.set(factId, { factId, topicId: card.topicId, noStudy, keepSchedule });
    }
  }
  const weakestFacts = [...byFact.values()]
    .sort((a, b) => a.noStudy - b.noStudy || a.keepSchedule - b.keepSchedule || a.factId.localeCompare(b.factId))
    .slice(0, weakestCount);

  return {
    topics: topics.map((topic) => {
      const mine = predicted.filter((p) => p.card.topicId === topic.id);
      return {
        topicId: topic.id,
        title: topic.title,
        cardCount: topic.cardCount,
        introduced: mine.length,
        noStudy: mean(mine.map((p) => p.noStudy)),
        keepSchedule: mean(mine.map((p) => p.keepSchedule)),
      };
    }),
    weakestFacts,
  };
}
