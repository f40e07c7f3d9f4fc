import { computeDecayFactor, default_w, S_MIN } from "ts-fsrs";

/**
 * The FSRS-6 forgetting curve R(t, S) = (1 + FACTOR * t / S) ^ DECAY with ts-fsrs's default
 * parameters (the same `default_w` lib/srs schedules with). The class dashboard evaluates it in
 * SQL per card state; these constants are passed in as query parameters so the two cannot drift.
 */
export const RECALL_CURVE = {
  ...computeDecayFactor(default_w),
  minStability: S_MIN,
} as const;

const DAY_MS = 86_400_000;

/** The same formula in JS, for tests and for anything computed outside SQL. */
export function recallAfter(stability: number, elapsedMs: number): number {
  const t = Math.max(0, elapsedMs) / DAY_MS;
  return Math.pow(1 + (RECALL_CURVE.factor * t) / Math.max(stability, RECALL_CURVE.minStability), RECALL_CURVE.decay);
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

