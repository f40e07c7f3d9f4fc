// Once per server start (Node runtime only): purge stale sessions and rate-limit rows now and hourly.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ scheduleHousekeeping }, { getDb }] = await Promise.all([import("@/server/auth/housekeeping"), import("@/server/db")]);
  scheduleHousekeeping(getDb);
}
