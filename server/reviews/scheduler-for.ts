import "server-only";
import { createScheduler, type Scheduler, type StudySettings } from "@/lib/srs";

/**
 * Fuzz is on in the app and off under test (vitest sets NODE_ENV=test), so tests can predict exact
 * intervals. REVIEW_FUZZ=off turns it off elsewhere (benchmarks comparing with plain SQL).
 */
export function fuzzEnabled(): boolean {
  return process.env.NODE_ENV !== "test" && process.env.REVIEW_FUZZ !== "off";
}

// A scheduler depends only on the settings and fuzz, and building one (ts-fsrs parameters) is not
// free; grades reuse one per distinct settings.
const schedulers = new Map<string, Scheduler>();

export function schedulerFor(settings: StudySettings, fuzz = fuzzEnabled()): Scheduler {
  const key = `${fuzz}:${JSON.stringify(settings)}`;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = createScheduler(settings, { fuzz });
    if (schedulers.size >= 1_000) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}
