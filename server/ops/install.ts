import "server-only";
import { installGracefulShutdown } from "./graceful-shutdown";
import { installRequestLog } from "./request-log";

/**
 * Production servers (scripts/serve.mjs) log one JSON line per request and shut down gracefully.
 */
export function installOperations(): void {
  installRequestLog({ log: process.env.NODE_ENV === "production" });
  if (process.env.NODE_ENV === "production") installGracefulShutdown();
}
