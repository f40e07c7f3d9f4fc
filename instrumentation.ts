// Once per server start (Node runtime only): purge stale sessions and rate-limit rows now and hourly;
// request logs and graceful shutdown (server/ops).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ scheduleHousekeeping }, { getDb }, { installOperations }] = await Promise.all([
    import("@/server/auth/housekeeping"),
    import("@/server/db"),
    import("@/server/ops/install"),
  ]);
  installOperations();
  scheduleHousekeeping(getDb);
}
