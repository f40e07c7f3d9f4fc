import { forgetting_curve, FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import { createRandom } from "@/lib/quiz/seeded-random";
import { newCardSchedule, type CardSchedule } from "@/lib/srs/card-state";
import type { Grade, ReviewLogEntry } from "@/lib/srs/review-log";
import { createScheduler, scheduleReview } from "@/lib/srs/schedule-review";
import { DEFAULT_STUDY_SETTINGS } from "@/lib/srs/settings";

/** One simulated answer: what the app would have stored for it. */
export interface SyntheticReview {
  card: number;
  rating: Grade;
  reviewedAt: Date;
  /** The card before and after the answer, as scheduled by the app with its default parameters. */
  log: ReviewLogEntry;
  before: CardSchedule;
  next: CardSchedule;
  /** The card's version before this answer (its count of earlier answers). */
  baseVersion: number;
}

export interface SyntheticHistoryOptions {
  /** The student's "true" memory: FSRS-6 weights from which recall is drawn. */
  trueWeights: readonly number[];
  /** Stop once this many answers were given. */
  reviews: number;
  start: Date;
  seed: string | number;
  newCardsPerDay?: number;
  /** No new cards once this many were introduced (the answers go on over those). */
  maxCards?: number;
}

const DAY_MS = 86_400_000;
const SECOND_MS = 1000;

/**
 * A seeded, made-up review history of a student whose memory follows `trueWeights` exactly, while the
 * app schedules them with its default parameters (as before any optimization). Each day they study at
 * 09:00 UTC: due cards, then new ones; learning steps come back the same day. An answer is a lapse
 * with probability 1 - R, R being recall under the true weights after the whole days elapsed, else
 * Hard, Good or Easy (15/75/10 %). A first answer is Again/Hard/Good/Easy with 20/10/55/15 %.
 * Used by the optimizer's tests, its benchmark, and the e2e seed route; never by real scheduling.
 */
export function syntheticHistory(options: SyntheticHistoryOptions): SyntheticReview[] {
  const { trueWeights, reviews: target, start, newCardsPerDay = 20, maxCards = Infinity } = options;
  const random = createRandom(options.seed);
  const truth = new FSRSAlgorithm(generatorParameters({ w: [...trueWeights], enable_short_term: true }));
  const app = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
  const cards: { schedule: CardSchedule; memory: FSRSState | null; lastDay: number; version: number }[] = [];
  const out: SyntheticReview[] = [];

  const firstRating = (): Grade => {
    const roll = random();
    return roll < 0.2 ? 1 : roll < 0.3 ? 2 : roll < 0.85 ? 3 : 4;
  };
  const answer = (index: number, now: Date, day: number) => {
    const card = cards[index]!;
    const elapsed = card.memory ? day - card.lastDay : 0;
    let rating: Grade;
    if (!card.memory) rating = firstRating();
    else {
      // Same-day steps: FSRS-6 predicts no lapse within a day, so recall there is near certain.
      const recall = elapsed > 0 ? forgetting_curve([...trueWeights], elapsed, card.memory.stability) : 0.95;
      const roll = random();
      rating = random() >= recall ? 1 : roll < 0.15 ? 2 : roll < 0.9 ? 3 : 4;
    }
    card.memory = truth.next_state(card.memory, elapsed, rating);
    card.lastDay = day;
    const { next, log } = scheduleReview(card.schedule, rating, now, app);
    out.push({ card: index, rating, reviewedAt: now, log, before: card.schedule, next, baseVersion: card.version });
    card.schedule = next;
    card.version += 1;
  };

  for (let day = 0; out.length < target; day++) {
    const dayStart = start.getTime() + day * DAY_MS;
    const dayEnd = dayStart + DAY_MS;
    let now = dayStart + 9 * 3_600_000;
    for (let n = 0; n < newCardsPerDay && cards.length < maxCards; n++) cards.push({ schedule: newCardSchedule(new Date(dayStart)), memory: null, lastDay: day, version: 0 });
    // Answer whatever is due (learning steps come back within the day) until nothing is left today.
    for (;;) {
      let pick = -1;
      let pickDue = Infinity;
      for (let i = 0; i < cards.length; i++) {
        const due = cards[i]!.schedule.due.getTime();
        if (due < dayEnd && due < pickDue) {
          pick = i;
          pickDue = due;
        }
      }
      if (pick < 0 || out.length >= target) break;
      now = Math.max(now + 20 * SECOND_MS, pickDue);
      if (now >= dayEnd) break;
      answer(pick, new Date(now), day);
    }
  }
  return out;
}
