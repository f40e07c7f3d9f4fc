import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { createScheduler, DEFAULT_STUDY_SETTINGS, parseStudySettings } from "@/lib/srs";
import { isBetterFit } from "./policy";
import { suggestRetention } from "./suggest-retention";
import { syntheticHistory } from "./synthetic-history";
import { toTrainingItems } from "./training-items";

// A student who keeps cards far longer after the first answers than FSRS-6's defaults assume.
const TRUTH = [...default_w];
TRUTH[0] = 1;
TRUTH[1] = 3;
TRUTH[2] = 8;
TRUTH[3] = 30;
const INITIAL = [0, 1, 2, 3];
/** Distance in the initial stabilities (w0..w3), on a log scale since they span 0.2 to 30 days. */
const distance = (w: readonly number[]) => Math.hypot(...INITIAL.map((i) => Math.log(w[i]! / TRUTH[i]!)));

describe("the optimizer on a history drawn from known parameters", () => {
  it("moves the weights towards the true ones and lowers the log loss; ts-fsrs takes its result as it is", async () => {
    const history = syntheticHistory({ trueWeights: TRUTH, reviews: 4000, start: new Date("2026-01-01T00:00:00Z"), seed: "known-truth", maxCards: 300 });
    expect(history).toHaveLength(4000);
    const items = toTrainingItems(
      history.map((h) => ({ cardId: String(h.card), rating: h.rating, state: h.log.state, reviewedAt: h.reviewedAt })),
      { timeZone: "UTC", dayStartHour: 4 },
    );
    const trainSet = items.map((item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
    const optimized = await computeParameters(trainSet, { enableShortTerm: true });

    expect(optimized).toHaveLength(21);
    expect(distance(optimized)).toBeLessThan(distance(default_w) / 2);
    const fit = (w: readonly number[]) => {
      const { logLoss, rmseBins } = new FSRSBinding([...w]).evaluate(trainSet);
      return { logLoss, rmse: rmseBins };
    };
    const before = fit(default_w);
    const after = fit(optimized);
    expect(after.logLoss).toBeLessThan(before.logLoss);
    expect(after.rmse).toBeLessThan(before.rmse);
    expect(isBetterFit(after, before)).toBe(true);
    expect(isBetterFit(before, after)).toBe(false);

    const settings = parseStudySettings({ ...DEFAULT_STUDY_SETTINGS, fsrsParameters: optimized });
    expect([...createScheduler(settings, { fuzz: false }).engine.parameters.w]).toEqual(optimized);
  }, 60_000);
});

describe("suggestRetention", () => {
  it("is repeatable, picks the cheapest candidate per card remembered, and stays within 0.75 to 0.95", () => {
    const first = suggestRetention(default_w, { newCardsPerDay: 4 });
    expect(suggestRetention(default_w, { newCardsPerDay: 4 })).toEqual(first);
    expect(first.outcomes.map((o) => o.retention)).toEqual(Array.from({ length: 21 }, (_, i) => Math.round((0.75 + i / 100) * 100) / 100));
    const cheapest = Math.min(...first.outcomes.map((o) => o.secondsPerRemembered));
    expect(first.outcomes.find((o) => o.retention === first.suggested)?.secondsPerRemembered).toBe(cheapest);
    // Aiming very high costs more per card remembered than a middling target.
    const cost = (r: number) => first.outcomes.find((o) => o.retention === r)!.secondsPerRemembered;
    expect(cost(0.95)).toBeGreaterThan(cost(0.85));
  });
});
