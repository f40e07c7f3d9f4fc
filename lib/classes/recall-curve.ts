import { CLAMP_PARAMETERS, computeDecayFactor, default_w, S_MIN, W17_W18_Ceiling } from "ts-fsrs";

/**
 * The FSRS-6 forgetting curve R(t, S) = (1 + FACTOR * t / S) ^ DECAY, where DECAY = -w[20] and
 * FACTOR = 0.9 ^ (1 / DECAY) - 1. RECALL_CURVE holds ts-fsrs's defaults (the same `default_w` lib/srs
 * schedules with), for students who never optimized their weights. The class dashboard evaluates the
 * curve in SQL per card state with each student's own w[20]; these constants are passed in as query
 * parameters so the two cannot drift.
 */
export const RECALL_CURVE = {
  ...computeDecayFactor(default_w),
  minStability: S_MIN,
} as const;

/**
 * The range ts-fsrs's scheduler clips w[20] to (fsrs-rs's optimizer clips to the same). SQL clips a
 * stored w[20] the same way, so a hand-edited weight of 0 or less cannot divide by zero or raise a
 * negative base to a fractional power in the teacher's query.
 */
export const DECAY_WEIGHT_RANGE: readonly [number, number] = decayWeightRange();

function decayWeightRange(): readonly [number, number] {
  const [low, high] = CLAMP_PARAMETERS(W17_W18_Ceiling)[20] ?? [];
  if (low === undefined || high === undefined) throw new Error("ts-fsrs gives no range for w[20]: the FSRS-6 layout changed");
  return [low, high];
}

const DAY_MS = 86_400_000;

/** The curve for a student's weights (empty = the defaults), as the class dashboard's SQL computes it. */
export function recallCurveFor(weights: readonly number[]): { decay: number; factor: number } {
  if (weights.length === 0) return { decay: RECALL_CURVE.decay, factor: RECALL_CURVE.factor };
  const [low, high] = DECAY_WEIGHT_RANGE;
  return computeDecayFactor(Math.min(high, Math.max(low, weights[20] ?? default_w[20]!)));
}

/** The same formula in JS, for tests and for anything computed outside SQL. */
export function recallAfter(stability: number, elapsedMs: number, weights: readonly number[] = []): number {
  const { decay, factor } = recallCurveFor(weights);
  const t = Math.max(0, elapsedMs) / DAY_MS;
  return Math.pow(1 + (factor * t) / Math.max(stability, RECALL_CURVE.minStability), decay);
}

export type RecallBand = "none" | "weak" | "shaky" | "fair" | "good" | "strong";

/** Buckets for the heatmap; each is also spelled out in text, so colour is never the only signal. */
export function recallBand(recall: number | null): RecallBand {
  if (recall === null) return "none";
  if (recall < 0.5) return "weak";
  if (recall < 0.7) return "shaky";
  if (recall < 0.85) return "fair";
  if (recall < 0.95) return "good";
  return "strong";
}

