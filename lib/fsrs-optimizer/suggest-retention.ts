import { FSRSAlgorithm, forgetting_curve, generatorParameters, type FSRSState } from "ts-fsrs";
import { createRandom } from "@/lib/quiz/seeded-random";

/**
 * Seconds an answer costs, from fsrs-rs's simulator defaults (Anki's median timings): a lapse costs
 * the failed answer plus the relearning answer the same day.
 */
export const ANSWER_SECONDS = { learn: 13.7, pass: 7.3, lapse: 23.0 + 7.3 } as const;

export interface RetentionOutcome {
  retention: number;
  /** Seconds spent per card still remembered at the end of the horizon: lower is better. */
  secondsPerRemembered: number;
}

export interface RetentionSuggestion {
  suggested: number;
  outcomes: RetentionOutcome[];
}

export interface SuggestOptions {
  /** Days simulated; new cards arrive during the first half. Default 365. */
  days?: number;
  newCardsPerDay?: number;
  seed?: string | number;
  /** Candidate retentions; default 0.75 to 0.95 by 0.01, the range fsrs-rs's own search keeps to. */
  candidates?: readonly number[];
}

export const RETENTION_CANDIDATES: readonly number[] = Array.from({ length: 21 }, (_, i) => Math.round((0.75 + i / 100) * 100) / 100);

/**
 * "Suggested desired retention", in the spirit of Anki's: simulate a year of study under the student's
 * own memory model for each candidate retention, and pick the one that costs the fewest seconds per
 * card remembered at the end. Each card is learnt with Good, reviewed when FSRS schedules it at that
 * retention, and recalled with the probability its own model gives; the same random draws serve every
 * candidate, so the comparison is not noise. A model, not a promise: it ignores daily limits and
 * assumes the student reviews every day.
 */
export function suggestRetention(weights: readonly number[], options: SuggestOptions = {}): RetentionSuggestion {
  const outcomes = (options.candidates ?? RETENTION_CANDIDATES).map((retention) => simulateRetention(weights, retention, options));
  const best = outcomes.reduce((a, b) => (b.secondsPerRemembered < a.secondsPerRemembered ? b : a));
  return { suggested: best.retention, outcomes };
}

export function simulateRetention(weights: readonly number[], retention: number, options: SuggestOptions = {}): RetentionOutcome {
  const days = options.days ?? 365;
  const perDay = options.newCardsPerDay ?? 10;
  const random = createRandom(options.seed ?? "suggest-retention");
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...weights], request_retention: retention, enable_short_term: true, enable_fuzz: false }));
  const learnDays = Math.floor(days / 2);
  let seconds = 0;
  let remembered = 0;
  for (let start = 0; start < learnDays; start++) {
    for (let n = 0; n < perDay; n++) {
      seconds += ANSWER_SECONDS.learn;
      let memory: FSRSState = algorithm.next_state(null, 0, 3);
      let day = start;
      for (;;) {
        const interval = Math.max(1, algorithm.next_interval(memory.stability, 0));
        if (day + interval >= days) break;
        day += interval;
        const recalled = random() < forgetting_curve([...weights], interval, memory.stability);
        if (recalled) {
          seconds += ANSWER_SECONDS.pass;
          memory = algorithm.next_state(memory, interval, 3);
        } else {
          seconds += ANSWER_SECONDS.lapse;
          memory = algorithm.next_state(algorithm.next_state(memory, interval, 1), 0, 3);
        }
      }
      remembered += forgetting_curve([...weights], days - day, memory.stability);
    }
  }
  return { retention, secondsPerRemembered: seconds / Math.max(remembered, 1e-9) };
}
