import "server-only";
import { closeDb } from "@/server/db";
import { httpServers, requestsInFlight, whenIdle } from "./request-log";

export const SHUTDOWN_GRACE_MS = 10_000;

let draining = false;

/** True once SIGTERM arrived: readiness answers 503 so a load balancer stops sending traffic. */
export function isDraining(): boolean {
  return draining;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish (up to
 * SHUTDOWN_GRACE_MS), close the database (PGlite writes its folder out cleanly), then exit.
 * scripts/serve.mjs sees the flag below and leaves these signals to this handler.
 */
export function installGracefulShutdown(): void {
  (globalThis as { __dossierGracefulShutdown?: boolean }).__dossierGracefulShutdown = true;
  const onSignal = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    void shutDown(signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

async function shutDown(signal: NodeJS.Signals): Promise<void> {
  const log = (msg: string, extra: Record<string, unknown> = {}) =>
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", msg, signal, ...extra })}\n`);
  log("shutdown: draining", { inFlight: requestsInFlight() });
  for (const server of httpServers()) {
    server.close();
    server.closeIdleConnections();
  }
  const timedOut = await Promise.race([
    whenIdle().then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), SHUTDOWN_GRACE_MS).unref()),
  ]);
  if (timedOut) log("shutdown: grace period over", { inFlight: requestsInFlight() });
  try {
    await closeDb();
    log("shutdown: database closed");
  } catch (error) {
    log("shutdown: closing the database failed", { error: error instanceof Error ? error.message : String(error) });
  }
  process.exit(signal === "SIGINT" ? 130 : 143);
}
