import type { CardSchedule } from "@/lib/srs";
import type { StatsCard } from "./topic-mastery";

const DAY_MS = 86_400_000;

/** A review-state card last seen at `lastReview` with `stability` days, due `intervalDays` after it. */
export function reviewCard(
  cardId: string,
  topicId: string,
  { lastReview, stability, intervalDays = Math.round(stability), factIds = [`${cardId}-fact`] }: {
    lastReview: Date;
    stability: number;
    intervalDays?: number;
    factIds?: string[];
  },
): StatsCard {
  const schedule: CardSchedule = {
    due: new Date(lastReview.getTime() + intervalDays * DAY_MS),
    stability,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: intervalDays,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: "review",
    lastReview,
  };
  return { cardId, topicId, factIds, schedule };
}

export function newCard(cardId: string, topicId: string, now: Date): StatsCard {
  return {
    cardId,
    topicId,
    factIds: [`${cardId}-fact`],
    schedule: {
      due: now,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: "new",
      lastReview: null,
    },
  };
}

export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
