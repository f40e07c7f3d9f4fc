import "server-only";
import type { Db } from "@/server/db";
import { purgeOldHits } from "./rate-limit";
import { purgeExpiredSessions } from "./sessions";

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;

/** Deletes what can no longer matter: ended sessions and rate-limit hits older than every window. */
export async function purgeStaleAuthRecords(db: Db, now: Date): Promise<{ sessions: number; hits: number }> {
  return { sessions: await purgeExpiredSessions(db, now), hits: await purgeOldHits(db, now) };
}

/** Runs the purge now and then hourly in this server process; the timer never keeps it alive. */
export function scheduleHousekeeping(db: () => Promise<Db>): void {
  const run = () =>
    db()
      .then((client) => purgeStaleAuthRecords(client, new Date()))
      .catch((error: unknown) => console.error("housekeeping failed:", error));
  void run();
  setInterval(run, HOUSEKEEPING_INTERVAL_MS).unref();
}
