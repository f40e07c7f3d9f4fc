import "server-only";
import { randomUUID } from "node:crypto";
import { default_w } from "ts-fsrs";
import { isBetterFit, MIN_REVIEWS_TO_OPTIMIZE, OPTIMIZER_STALE_AFTER_MS } from "@/lib/fsrs-optimizer/policy";
import { RETENTION_CANDIDATES, suggestRetention } from "@/lib/fsrs-optimizer/suggest-retention";
import { toTrainingItems } from "@/lib/fsrs-optimizer/training-items";
import { parseStudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { getStudySettings } from "@/server/queries/review-settings";
import { fitInChild, type ChildFit } from "./fit-in-child";
import { countOptimizableReviews, getOptimizerView, type OptimizerView } from "./optimizer-view";

const HEARTBEAT_MS = 10_000;
const PROGRESS_WRITE_MS = 1_000;
/** Fewer predictable answers than this and fsrs-rs has too little to fit (it reports NotEnoughData). */
const MIN_TRAINING_ITEMS = 50;

export interface StartedOptimization {
  view: OptimizerView;
  /** Settles when the run has finished and written its outcome (tests await it; routes do not). */
  finished: Promise<void>;
}

type Fitter = typeof fitInChild;

/**
 * Starts the optimizer for the student off the request path and returns at once. One run per student
 * at a time: the job row is claimed with one compare-and-set statement, which only succeeds when no
 * run is in progress or the one in progress stopped sending heartbeats (its process died). A second
 * start while one runs changes nothing and reports the running one.
 */
export async function startOptimization(db: Db, userId: string, now: Date, fitter: Fitter = fitInChild): Promise<StartedOptimization> {
  const reviewCount = await countOptimizableReviews(db, userId);
  if (reviewCount < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new AppError("conflict", `The optimizer needs at least ${MIN_REVIEWS_TO_OPTIMIZE} reviews; you have ${reviewCount}.`);
  }
  const runId = randomUUID();
  const staleBefore = new Date(now.getTime() - OPTIMIZER_STALE_AFTER_MS);
  const claimed = await db.$queryRaw<{ runId: string }[]>`
    INSERT INTO "FsrsOptimization" ("userId", "runId", status, progress, "startedAt", "heartbeatAt", "reviewCount")
    VALUES (${userId}, ${runId}::uuid, 'running', 0, ${now}, ${now}, ${reviewCount})
    ON CONFLICT ("userId") DO UPDATE SET
      "runId" = EXCLUDED."runId", status = 'running', progress = 0, "startedAt" = EXCLUDED."startedAt",
      "heartbeatAt" = EXCLUDED."heartbeatAt", "finishedAt" = NULL, "reviewCount" = EXCLUDED."reviewCount", "itemCount" = 0,
      "defaultLogLoss" = NULL, "defaultRmse" = NULL, "previousParameters" = '{}', "previousLogLoss" = NULL, "previousRmse" = NULL,
      parameters = '{}', "optimizedLogLoss" = NULL, "optimizedRmse" = NULL, applied = false, "suggestedRetention" = NULL, error = NULL
    WHERE "FsrsOptimization".status <> 'running' OR "FsrsOptimization"."heartbeatAt" < ${staleBefore}
    RETURNING "runId"`;
  const finished = claimed.length === 1 ? runOptimization(db, userId, runId, fitter) : Promise.resolve();
  return { view: await getOptimizerView(db, userId, now), finished };
}

async function runOptimization(db: Db, userId: string, runId: string, fitter: Fitter): Promise<void> {
  const mine = { userId, runId };
  const heartbeat = setInterval(() => {
    db.fsrsOptimization.updateMany({ where: mine, data: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  try {
    const [settings, history] = await Promise.all([
      getStudySettings(db, userId),
      db.reviewLog.findMany({ where: { userId, undoneAt: null }, select: { cardId: true, rating: true, state: true, reviewedAt: true } }),
    ]);
    const items = toTrainingItems(history, settings);
    await db.fsrsOptimization.updateMany({ where: mine, data: { itemCount: items.length, heartbeatAt: new Date() } });
    if (items.length < MIN_TRAINING_ITEMS) {
      throw new Error(`Too few of your answers came on a later day than the one before (${items.length}; the optimizer needs ${MIN_TRAINING_ITEMS}). Keep reviewing and try again.`);
    }
    const own = settings.fsrsParameters;
    let lastWrite = 0;
    const fit: ChildFit = await fitter(items, own.length > 0 ? [default_w, own] : [default_w], (progress) => {
      const at = Date.now();
      if (at - lastWrite < PROGRESS_WRITE_MS) return;
      lastWrite = at;
      db.fsrsOptimization.updateMany({ where: mine, data: { progress, heartbeatAt: new Date(at) } }).catch(() => undefined);
    });
    // ts-fsrs must take the binding's weights as they are (same FSRS-6 layout): parse them as settings do.
    const parameters = parseStudySettings({ fsrsParameters: fit.parameters }).fsrsParameters;
    const [defaults, previous] = fit.fits;
    if (!defaults) throw new Error("The optimizer did not evaluate the default parameters.");
    const current = previous ?? defaults;
    const apply = isBetterFit(fit.optimized, current);
    const suggestedRetention = await suggestRetentionInSlices(apply ? parameters : own.length > 0 ? own : default_w);
    const outcome = {
      status: "done" as const,
      progress: 1,
      finishedAt: new Date(),
      heartbeatAt: new Date(),
      defaultLogLoss: defaults.logLoss,
      defaultRmse: defaults.rmse,
      previousParameters: own,
      previousLogLoss: previous?.logLoss ?? null,
      previousRmse: previous?.rmse ?? null,
      parameters,
      optimizedLogLoss: fit.optimized.logLoss,
      optimizedRmse: fit.optimized.rmse,
      applied: apply,
      suggestedRetention,
    };
    await db.$transaction(async (tx) => {
      const written = await tx.fsrsOptimization.updateMany({ where: mine, data: outcome });
      // A newer run took the row over (this one was presumed dead): its result decides, not ours.
      if (written.count === 1 && apply) {
        await tx.studySettings.upsert({ where: { userId }, create: { userId, fsrsParameters: parameters }, update: { fsrsParameters: parameters } });
      }
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : "The optimizer failed.";
    await db.fsrsOptimization
      .updateMany({ where: mine, data: { status: "failed", error: message, finishedAt: new Date(), heartbeatAt: new Date() } })
      .catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
  }
}

/** The simulation takes about a second; it yields between candidates so the server keeps answering. */
async function suggestRetentionInSlices(weights: readonly number[]): Promise<number> {
  let best = { retention: 0.9, cost: Infinity };
  for (const retention of RETENTION_CANDIDATES) {
    await new Promise((resolve) => setImmediate(resolve));
    const { outcomes } = suggestRetention(weights, { candidates: [retention] });
    const cost = outcomes[0]?.secondsPerRemembered ?? Infinity;
    if (cost < best.cost) best = { retention, cost };
  }
  return best.retention;
}

/** "Return to defaults": the scheduler uses FSRS-6's own weights again; the last run's figures stay. */
export async function resetFsrsParameters(db: Db, userId: string, now: Date): Promise<OptimizerView> {
  await db.studySettings.upsert({ where: { userId }, create: { userId }, update: { fsrsParameters: [] } });
  return getOptimizerView(db, userId, now);
}
