import "server-only";

// SQLSTATEs of a server that is going away or not there yet (class 08: connection exceptions;
// 57P01-57P03: admin shutdown, crash shutdown, cannot connect now), and Node socket errors.
const UNAVAILABLE_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "P1001", "P1017"]);
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Client has encountered a connection error/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Cannot use a pool after calling end/i,
  /connect ECONNREFUSED/i,
];

/**
 * True when an error means "the database cannot be reached right now" rather than a bug: the
 * request should fail fast with a 503 and be retried, not become a 500. Looks through Prisma's
 * and the driver adapter's wrappers (code, meta.driverAdapterError, cause).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const { code, message, meta, cause, originalCode, originalMessage, kind } = error as Record<string, unknown>;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof originalCode === "string" && UNAVAILABLE_CODES.has(originalCode)) return true;
  if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout") return true;
  for (const text of [message, originalMessage]) {
    if (typeof text === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(text))) return true;
  }
  if (typeof meta === "object" && meta !== null && isDatabaseUnavailable((meta as { driverAdapterError?: unknown }).driverAdapterError, depth + 1)) return true;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause, depth + 1);
}
