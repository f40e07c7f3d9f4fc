import "server-only";
import { createScheduler, type Scheduler, type StudySettings } from "@/lib/srs";

/**
 * Fuzz is on in the app and off under test (vitest sets NODE_ENV=test), so tests can predict exact
 * intervals. REVIEW_FUZZ=off turns it off elsewhere (benchmarks comparing with plain SQL).
 */
export function fuzzEnabled(): boolean {
  return process.env.NODE_ENV !== "test" && process.env.REVIEW_FUZZ !== "off";
}

export function schedulerFor(settings: StudySettings, fuzz = fuzzEnabled()): Scheduler {
  return createScheduler(settings, { fuzz });
}
