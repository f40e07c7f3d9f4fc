import { describe, expect, it } from "vitest";
import { retrievability } from "../srs";
import { default_w } from "ts-fsrs";
import { DECAY_WEIGHT_RANGE, RECALL_CURVE, recallAfter, recallBand, recallCurveFor } from "./recall-curve";

describe("recall curve", () => {
  it("agrees with lib/srs retrievability for any stability and elapsed time", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    for (const stability of [0.0001, 0.2, 1, 3.7, 30, 400]) {
      for (const hours of [0, 1, 13, 24, 100, 2400, 24_000]) {
        const lastReview = new Date(now.getTime() - hours * 3_600_000);
        const schedule = { due: now, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: "review" as const, lastReview };
        expect(recallAfter(stability, hours * 3_600_000)).toBeCloseTo(retrievability(schedule, now)!, 6);
      }
    }
  });

  it("agrees with lib/srs retrievability under a student's own weights (decay = -w[20])", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    for (const w20 of [0.1, 0.25, 0.5, 0.8]) {
      const weights = Object.assign([...default_w], { 20: w20 });
      expect(recallCurveFor(weights).decay).toBe(-w20);
      for (const stability of [0.2, 3.7, 400]) {
        for (const hours of [1, 100, 24_000]) {
          const lastReview = new Date(now.getTime() - hours * 3_600_000);
          const schedule = { due: now, stability, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: "review" as const, lastReview };
          expect(recallAfter(stability, hours * 3_600_000, weights)).toBeCloseTo(retrievability(schedule, now, weights)!, 6);
        }
      }
    }
    expect(recallCurveFor([])).toEqual({ decay: RECALL_CURVE.decay, factor: RECALL_CURVE.factor });
  });

  it("clips w[20] to the range ts-fsrs's scheduler allows, so a bad stored weight cannot break the curve", () => {
    expect(DECAY_WEIGHT_RANGE).toEqual([0.1, 0.8]);
    expect(recallCurveFor(Object.assign([...default_w], { 20: 0 })).decay).toBe(-0.1);
    expect(recallCurveFor(Object.assign([...default_w], { 20: 3 })).decay).toBe(-0.8);
  });

  it("uses the FSRS-6 decay, which gives 90% recall when t equals S", () => {
    expect(RECALL_CURVE.decay).toBeCloseTo(-0.1542, 6);
    expect(recallAfter(10, 10 * 86_400_000)).toBeCloseTo(0.9, 6);
  });

  it("bands recall monotonically", () => {
    const order = ["weak", "shaky", "fair", "good", "strong"];
    let last = 0;
    for (let r = 0; r <= 1; r += 0.01) {
      const rank = order.indexOf(recallBand(r));
      expect(rank).toBeGreaterThanOrEqual(last);
      last = rank;
    }
    expect(recallBand(null)).toBe("none");
  });
});
