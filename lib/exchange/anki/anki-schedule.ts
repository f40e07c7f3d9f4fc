import type { CardSchedule, CardStateName } from "@/lib/srs";

const DAY_MS = 86_400_000;

/** Anki's card scheduling columns (legacy schema). */
export interface AnkiCardColumns {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  /** FSRS memory state as Anki 23.10+ keeps it in `cards.data`, or "" for a card FSRS never saw. */
  data: string;
}

const TYPE_OF: Record<CardStateName, number> = { new: 0, learning: 1, review: 2, relearning: 3 };
const STATE_OF: Record<number, CardStateName> = { 0: "new", 1: "learning", 2: "review", 3: "relearning" };

/** Whole days from the collection's creation (`col.crt`, seconds) to a moment. */
export function ankiDay(crtSeconds: number, at: Date): number {
  return Math.floor((at.getTime() - crtSeconds * 1000) / DAY_MS);
}

/**
 * Our schedule in Anki's columns. Review cards are due on a day counted from the collection's creation,
 * learning cards at a second; FSRS stability and difficulty go to `data` as Anki 23.10+ stores them, so
 * an Anki with FSRS on carries on from the same memory state. `position` orders new cards.
 */
export function toAnkiCard(schedule: CardSchedule | null, suspended: boolean, crtSeconds: number, position: number): AnkiCardColumns {
  const base = { reps: 0, lapses: 0, left: 0 };
  if (schedule === null || schedule.state === "new") {
    return { ...base, type: 0, queue: suspended ? -1 : 0, due: position, ivl: 0, factor: 0, data: "", reps: schedule?.reps ?? 0, lapses: schedule?.lapses ?? 0 };
  }
  const type = TYPE_OF[schedule.state];
  const data = JSON.stringify({ s: round(schedule.stability, 4), d: round(schedule.difficulty, 4) });
  const common = { type, reps: schedule.reps, lapses: schedule.lapses, factor: 2500, data };
  if (schedule.state === "review") {
    return { ...common, queue: suspended ? -1 : 2, due: ankiDay(crtSeconds, schedule.due), ivl: Math.max(1, schedule.scheduledDays), left: 0 };
  }
  // Learning and relearning steps: due at a second; one step left keeps Anki's step logic simple.
  return { ...common, queue: suspended ? -1 : 1, due: Math.floor(schedule.due.getTime() / 1000), ivl: schedule.state === "relearning" ? Math.max(1, schedule.scheduledDays) : 0, left: 1 };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const memorySchema = (data: string): { s: number; d: number } | null => {
  if (data === "" || data === "{}") return null;
  try {
    const parsed = JSON.parse(data) as { s?: unknown; d?: unknown };
    if (typeof parsed.s === "number" && typeof parsed.d === "number" && parsed.s > 0 && parsed.d >= 1 && parsed.d <= 10) return { s: parsed.s, d: parsed.d };
  } catch {
    // A card from an add-on may hold other data: fall back to the SM-2 columns.
  }
  return null;
};

/**
 * An Anki card's schedule in our terms. With FSRS data the memory state is taken as it is; without it
 * (SM-2 collections) stability is the current interval, about what FSRS assumes at 90% retention, and
 * difficulty is read from the ease factor (2.5 → 3.5, 1.3 → 9.5). `lastReview` is the card's latest
 * review in the log when there is one, else its due date minus the interval.
 */
export function fromAnkiCard(card: AnkiCardColumns, crtSeconds: number, lastReviewMs: number | null, now: Date): { schedule: CardSchedule | null; suspended: boolean } {
  const suspended = card.queue === -1;
  const state = STATE_OF[card.type] ?? "new";
  if (state === "new") return { schedule: null, suspended };
  const inSeconds = card.due > 1_000_000_000;
  const due = inSeconds ? new Date(card.due * 1000) : new Date(crtSeconds * 1000 + card.due * DAY_MS);
  const interval = Math.max(0, card.ivl);
  const memory = memorySchema(card.data);
  const stability = memory?.s ?? Math.max(0.5, interval);
  const difficulty = memory?.d ?? clamp(11 - (Math.max(1300, card.factor || 2500) / 1000 - 1) * 5, 1, 10);
  const lastReview = new Date(lastReviewMs ?? (state === "review" ? due.getTime() - interval * DAY_MS : Math.min(now.getTime(), due.getTime())));
  return {
    suspended,
    schedule: {
      state,
      due,
      stability,
      difficulty,
      elapsedDays: 0,
      scheduledDays: state === "review" || state === "relearning" ? interval : 0,
      learningSteps: 0,
      reps: Math.max(1, card.reps),
      lapses: Math.max(0, card.lapses),
      lastReview,
    },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Anki's revlog type for a review given the card's state before it. */
export function revlogType(stateBefore: CardStateName): number {
  return stateBefore === "review" ? 1 : stateBefore === "relearning" ? 2 : 0;
}

/** Anki's revlog interval: positive days, or negative seconds for a step shorter than a day. */
export function revlogInterval(reviewedAt: Date, dueAfter: Date): number {
  const ms = dueAfter.getTime() - reviewedAt.getTime();
  const days = Math.round(ms / DAY_MS);
  return days >= 1 ? days : -Math.max(1, Math.round(ms / 1000));
}
