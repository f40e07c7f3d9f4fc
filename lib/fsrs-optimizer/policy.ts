/**
 * When a student may optimize, and when the result replaces what they use.
 *
 * FSRS's guidance is "several hundred reviews"; Anki's optimizer warns below a few hundred. We ask for
 * 400 answers that were not undone, counted from the review log.
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** A running optimization whose heartbeat is older than this died with its process. */
export const OPTIMIZER_STALE_AFTER_MS = 60_000;

/** How well a parameter set predicts the student's own answers (fsrs-rs's evaluate). */
export interface ModelFit {
  logLoss: number;
  /** RMSE over bins, as FSRS computes it (predictions grouped into bins, then weighted by count). */
  rmse: number;
}

/**
 * New parameters are applied only when they predict the student's own history better than the ones in
 * use: a lower log loss (what the optimizer minimizes), measured on the same answers.
 */
export function isBetterFit(candidate: ModelFit, current: ModelFit): boolean {
  return Number.isFinite(candidate.logLoss) && candidate.logLoss < current.logLoss;
}
