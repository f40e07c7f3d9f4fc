import "server-only";
import { MIN_REVIEWS_TO_OPTIMIZE, OPTIMIZER_STALE_AFTER_MS, type ModelFit } from "@/lib/fsrs-optimizer/policy";
import type { Db } from "@/server/db";
import type { FsrsOptimization } from "@/server/generated/prisma/client";

export interface OptimizationRunView {
  /** "interrupted": it was running, but its process stopped reporting (it died). */
  status: "running" | "done" | "failed" | "interrupted";
  progress: number;
  startedAt: string;
  finishedAt: string | null;
  reviewCount: number;
  itemCount: number;
  defaults: ModelFit | null;
  /** The fit of the parameters in use before the run, when those were the student's own. */
  previous: ModelFit | null;
  optimized: ModelFit | null;
  parameters: number[];
  applied: boolean;
  suggestedRetention: number | null;
  error: string | null;
}

export interface OptimizerView {
  reviewCount: number;
  reviewsNeeded: number;
  /** The FSRS-6 weights in use: "own" when the optimizer's, else the defaults. */
  using: "defaults" | "own";
  parameters: number[];
  desiredRetention: number;
  run: OptimizationRunView | null;
}

const fit = (logLoss: number | null, rmse: number | null): ModelFit | null => (logLoss === null || rmse === null ? null : { logLoss, rmse });

export function runView(row: FsrsOptimization, now: Date): OptimizationRunView {
  const stale = row.status === "running" && now.getTime() - row.heartbeatAt.getTime() > OPTIMIZER_STALE_AFTER_MS;
  return {
    status: stale ? "interrupted" : row.status,
    progress: row.progress,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    reviewCount: row.reviewCount,
    itemCount: row.itemCount,
    defaults: fit(row.defaultLogLoss, row.defaultRmse),
    previous: fit(row.previousLogLoss, row.previousRmse),
    optimized: fit(row.optimizedLogLoss, row.optimizedRmse),
    parameters: row.parameters,
    applied: row.applied,
    suggestedRetention: row.suggestedRetention,
    error: stale ? "The optimizer stopped before it finished (its server went away). Start it again." : row.error,
  };
}

/** Answers that count towards the threshold and feed the optimizer: every answer not undone. */
export function countOptimizableReviews(db: Db, userId: string): Promise<number> {
  return db.reviewLog.count({ where: { userId, undoneAt: null } });
}

/** What the settings page shows: the student's count against the threshold, what is in use, the latest run. */
export async function getOptimizerView(db: Db, userId: string, now: Date): Promise<OptimizerView> {
  const [reviewCount, settings, row] = await Promise.all([
    countOptimizableReviews(db, userId),
    db.studySettings.findUnique({ where: { userId }, select: { fsrsParameters: true, desiredRetention: true } }),
    db.fsrsOptimization.findUnique({ where: { userId } }),
  ]);
  const parameters = settings?.fsrsParameters ?? [];
  return {
    reviewCount,
    reviewsNeeded: MIN_REVIEWS_TO_OPTIMIZE,
    using: parameters.length > 0 ? "own" : "defaults",
    parameters,
    desiredRetention: settings?.desiredRetention ?? 0.9,
    run: row ? runView(row, now) : null,
  };
}
