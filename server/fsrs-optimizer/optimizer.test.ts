import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { DELETE } from "@/app/api/fsrs-optimizer/parameters/route";
import { GET, POST } from "@/app/api/fsrs-optimizer/route";
import { MIN_REVIEWS_TO_OPTIMIZE } from "@/lib/fsrs-optimizer/policy";
import { createScheduler } from "@/lib/srs";
import { getStudySettings } from "@/server/queries/review-settings";
import { seedDeck } from "@/server/reviews/test-fixtures";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import type { ChildFit } from "./fit-in-child";
import { getOptimizerView, type OptimizerView } from "./optimizer-view";
import { seedSyntheticHistory } from "./seed-synthetic-history";
import { startOptimization } from "./start-optimization";

const testDb = withTestDatabase();
const NOW = new Date("2026-06-01T06:00:00Z");
const TRUTH = [...default_w];
TRUTH[0] = 1;
TRUTH[1] = 3;
TRUTH[2] = 8;
TRUTH[3] = 30;

async function studentWithHistory(reviews: number, cards = 120) {
  const db = testDb.prisma;
  const user = await createTestUser(db);
  const { cardIds } = await seedDeck(db, { topics: 4, perTopic: Math.ceil(cards / 4) });
  await seedSyntheticHistory(db, user.id, { cardIds, reviews, trueWeights: TRUTH, start: new Date("2026-01-01T00:00:00Z"), seed: user.id });
  return user;
}

const fakeFit = (optimizedLogLoss: number): (() => Promise<ChildFit>) => async () => ({
  parameters: TRUTH,
  fits: [{ logLoss: 0.3, rmse: 0.05 }],
  optimized: { logLoss: optimizedLogLoss, rmse: 0.04 },
});

describe("the FSRS optimizer", () => {
  it(`needs ${MIN_REVIEWS_TO_OPTIMIZE} answers that were not undone, says how many the student has, and starts nothing below that`, async () => {
    const db = testDb.prisma;
    const user = await studentWithHistory(MIN_REVIEWS_TO_OPTIMIZE - 1);
    const view = (await (await GET(apiRequest("/api/fsrs-optimizer", { cookie: user.cookie }))).json()) as OptimizerView;
    expect(view).toMatchObject({ reviewCount: MIN_REVIEWS_TO_OPTIMIZE - 1, reviewsNeeded: MIN_REVIEWS_TO_OPTIMIZE, using: "defaults", run: null });
    const res = await POST(apiRequest("/api/fsrs-optimizer", { method: "POST", cookie: user.cookie, body: {} }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(`The optimizer needs at least 400 reviews; you have ${MIN_REVIEWS_TO_OPTIMIZE - 1}.`);
    expect(await db.fsrsOptimization.findUnique({ where: { userId: user.id } })).toBeNull();
  });

  it("fits the student's history in its own process, shows both fits, and schedules with the new weights when they are better", async () => {
    const db = testDb.prisma;
    const user = await studentWithHistory(1500);
    const { view, finished } = await startOptimization(db, user.id, NOW);
    expect(view.run).toMatchObject({ status: "running", reviewCount: 1500 });
    await finished;
    const after = (await (await GET(apiRequest("/api/fsrs-optimizer", { cookie: user.cookie }))).json()) as OptimizerView;
    const run = after.run!;
    expect(run.status, run.error ?? "").toBe("done");
    expect(run.progress).toBe(1);
    expect(run.itemCount).toBeGreaterThan(100);
    expect(run.parameters).toHaveLength(21);
    expect(run.optimized!.logLoss).toBeLessThan(run.defaults!.logLoss);
    expect(run.applied).toBe(true);
    expect(after.using).toBe("own");
    expect(run.suggestedRetention).toBeGreaterThanOrEqual(0.75);
    expect(run.suggestedRetention).toBeLessThanOrEqual(0.95);
    const settings = await getStudySettings(db, user.id);
    expect(settings.fsrsParameters).toEqual(run.parameters);
    // ts-fsrs takes the binding's FSRS-6 weights unchanged: the scheduler runs with exactly these.
    expect([...createScheduler(settings, { fuzz: false }).engine.parameters.w]).toEqual(run.parameters);
  }, 120_000);

  it("keeps the weights in use when the new ones fit worse, and shows why", async () => {
    const db = testDb.prisma;
    const user = await studentWithHistory(MIN_REVIEWS_TO_OPTIMIZE);
    const { finished } = await startOptimization(db, user.id, NOW, fakeFit(0.31));
    await finished;
    const row = await db.fsrsOptimization.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ status: "done", applied: false, defaultLogLoss: 0.3, optimizedLogLoss: 0.31 });
    expect((await getStudySettings(db, user.id)).fsrsParameters).toEqual([]);
  });

  it("returns to the defaults in one call, for the caller only", async () => {
    const db = testDb.prisma;
    const [user, other] = [await studentWithHistory(MIN_REVIEWS_TO_OPTIMIZE), await createTestUser(db)];
    await (await startOptimization(db, user.id, NOW, fakeFit(0.2))).finished;
    expect((await getStudySettings(db, user.id)).fsrsParameters).toEqual(TRUTH);
    const byOther = await DELETE(apiRequest("/api/fsrs-optimizer/parameters", { method: "DELETE", cookie: other.cookie, body: {} }));
    expect(byOther.status).toBe(200);
    expect((await getStudySettings(db, user.id)).fsrsParameters).toEqual(TRUTH);
    const res = await DELETE(apiRequest("/api/fsrs-optimizer/parameters", { method: "DELETE", cookie: user.cookie, body: {} }));
    expect(((await res.json()) as OptimizerView).using).toBe("defaults");
    expect((await getStudySettings(db, user.id)).fsrsParameters).toEqual([]);
  });

  it("runs once at a time, reports a run whose process died as interrupted, and lets it be started again", async () => {
    const db = testDb.prisma;
    const user = await studentWithHistory(MIN_REVIEWS_TO_OPTIMIZE);
    let calls = 0;
    const counting = async () => {
      calls++;
      return fakeFit(0.2)();
    };
    const fresh = { runId: crypto.randomUUID(), status: "running" as const, startedAt: NOW, heartbeatAt: NOW, reviewCount: 400 };
    await db.fsrsOptimization.create({ data: { userId: user.id, ...fresh } });
    const second = await startOptimization(db, user.id, new Date(NOW.getTime() + 5_000), counting);
    await second.finished;
    expect(calls).toBe(0);
    expect(second.view.run?.status).toBe("running");
    const later = new Date(NOW.getTime() + 61_000);
    expect((await getOptimizerView(db, user.id, later)).run).toMatchObject({ status: "interrupted", error: expect.stringMatching(/stopped before it finished/) });
    const retry = await startOptimization(db, user.id, later, counting);
    await retry.finished;
    expect(calls).toBe(1);
    expect(await db.fsrsOptimization.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "done", applied: true });
  });

  it("marks the run failed with the reason when the optimizer process fails", async () => {
    const db = testDb.prisma;
    const user = await studentWithHistory(MIN_REVIEWS_TO_OPTIMIZE);
    await (await startOptimization(db, user.id, NOW, () => Promise.reject(new Error("The optimizer stopped unexpectedly.")))).finished;
    expect(await db.fsrsOptimization.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "failed", error: "The optimizer stopped unexpectedly.", applied: false });
    expect((await getStudySettings(db, user.id)).fsrsParameters).toEqual([]);
  });
});
