import { createEmptyCard, State, type Card } from "ts-fsrs";

export const CARD_STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
export type CardStateName = (typeof CARD_STATE_NAMES)[number];

/** The scheduling state of one card for one student, as persisted (mirrors the CardState table). */
export interface CardSchedule {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
}

const TO_FSRS: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const FROM_FSRS: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

export function toFsrsState(name: CardStateName): State {
  return TO_FSRS[name];
}

export function fromFsrsState(state: State): CardStateName {
  return FROM_FSRS[state];
}

/** A card never studied, due at `now` so it can be introduced straight away. */
export function newCardSchedule(now: Date): CardSchedule {
  return fromFsrsCard(createEmptyCard(now));
}

// Dates are copied both ways: ts-fsrs and callers must never share a mutable Date.
export function toFsrsCard(schedule: CardSchedule): Card {
  const card: Card = {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: toFsrsState(schedule.state),
  };
  if (schedule.lastReview) card.last_review = new Date(schedule.lastReview);
  return card;
}

export function fromFsrsCard(card: Card): CardSchedule {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: fromFsrsState(card.state),
    lastReview: card.last_review ? new Date(card.last_review) : null,
  };
}
