/** Generators for the SRS rule tests (not used by app code). All randomness is seeded. */
import { createRandom } from "../quiz/seeded-random";
import { newCardSchedule, type CardSchedule } from "./card-state";
import { GRADES, type Grade } from "./review-log";
import { scheduleReview, type Scheduler } from "./schedule-review";

export const START = new Date("2026-01-05T03:30:00Z");
const MINUTE = 60_000;

/** A card state together with the moment it is next answered. */
export interface Situation {
  schedule: CardSchedule;
  now: Date;
}

/**
 * When the student answers next: usually around the due time, but also well before it (studying ahead)
 * and long after it (a missed week), so every state is reached at early, on-time and late moments.
 */
function nextMoment(schedule: CardSchedule, random: () => number): Date {
  const last = schedule.lastReview?.getTime() ?? schedule.due.getTime();
  const due = schedule.due.getTime();
  const span = Math.max(due - last, MINUTE);
  const roll = random();
  if (roll < 0.25) return new Date(last + Math.floor(random() * span));
  if (roll < 0.5) return new Date(due);
  return new Date(due + Math.floor(random() * span * 3));
}

/** Replays `length` random grades on a new card and returns every state met on the way. */
export function randomHistory(seed: string, length: number, scheduler: Scheduler): Situation[] {
  const random = createRandom(seed);
  let schedule = newCardSchedule(START);
  const out: Situation[] = [];
  for (let i = 0; i < length; i++) {
    const now = nextMoment(schedule, random);
    out.push({ schedule, now });
    const grade = GRADES[Math.floor(random() * GRADES.length)] as Grade;
    schedule = scheduleReview(schedule, grade, now, scheduler).next;
  }
  return out;
}

/** Many situations from many seeded histories. */
export function situations(count: number, scheduler: Scheduler, seed = "srs"): Situation[] {
  const out: Situation[] = [];
  for (let i = 0; out.length < count; i++) out.push(...randomHistory(`${seed}-${i}`, 12, scheduler));
  return out.slice(0, count);
}
