import { retrievability, type CardSchedule, type Scheduler } from "@/lib/srs";

export interface StatsTopic {
  id: string;
  title: string;
  /** Live flashcards in the topic. */
  cardCount: number;
}

/** A card the student has a schedule for (the CardState row), with where it sits in the content. */
export interface StatsCard {
  cardId: string;
  topicId: string;
  factIds: readonly string[];
  schedule: CardSchedule;
}

export interface TopicMastery {
  topicId: string;
  title: string;
  cardCount: number;
  /** Cards answered at least once (state other than new). */
  introduced: number;
  shareIntroduced: number;
  /** Mean probability of recall now over the introduced cards; null when none is introduced. */
  averageRecall: number | null;
}

export const isIntroduced = (card: StatsCard) => card.schedule.state !== "new" && card.schedule.lastReview !== null;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((n, v) => n + v, 0) / values.length;

/** Per topic, in the order given: how much of it the student has started and how well it is held now. */
export function topicMastery(
  topics: readonly StatsTopic[],
  cards: readonly StatsCard[],
  now: Date,
  scheduler?: Scheduler,
): TopicMastery[] {
  return topics.map((topic) => {
    const started = cards.filter((c) => c.topicId === topic.id && isIntroduced(c));
    const recalls = started.map((c) => retrievability(c.schedule, now, scheduler) ?? 0);
    return {
      topicId: topic.id,
      title: topic.title,
      cardCount: topic.cardCount,
      introduced: started.length,
      shareIntroduced: topic.cardCount === 0 ? 0 : Math.min(1, started.length / topic.cardCount),
      averageRecall: mean(recalls),
    };
  });
}

/** Overall mastery for the dashboard: the mean recall over every introduced card. */
export function overallRecall(cards: readonly StatsCard[], now: Date, scheduler?: Scheduler): number | null {
  return mean(cards.filter(isIntroduced).map((c) => retrievability(c.schedule, now, scheduler) ?? 0));
}
