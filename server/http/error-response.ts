import "server-only";
import type { ApiErrorBody } from "@/lib/api/error-body";
import { isAppError } from "@/server/errors";
import { isDatabaseUnavailable } from "@/server/db/database-unavailable";
import { jsonReply } from "./json-reply";

/** A database that is restarting or unreachable: a quick 503 the client can retry, never a 500. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not answering right now, so nothing was saved. Try again in a few seconds.";

/**
 * Any thrown value as the API's error body: an AppError becomes its own status, code, message and field
 * issues, with `Retry-After` when it says how long to wait (a 503 without a figure gets 2 s); anything
 * else a plain 500 with no internals (a raw Prisma error never reaches the user).
 */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const issues = error.issues.length > 0 ? { issues: [...error.issues] } : {};
    const retryAfter = error.details?.retryAfterSeconds ?? (error.code === "unavailable" ? 2 : undefined);
    const retry = retryAfter !== undefined ? { headers: { "retry-after": String(Math.max(1, Math.ceil(retryAfter))) } } : {};
    const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...issues } };
    return jsonReply(body, { status: error.status, ...retry });
  }
  if (isDatabaseUnavailable(error)) {
    return jsonReply({ error: { code: "unavailable", message: DATABASE_UNAVAILABLE_MESSAGE } } satisfies ApiErrorBody, { status: 503, headers: { "retry-after": "2" } });
  }
  console.error(error);
  return jsonReply({ error: { code: "internal", message: "Something went wrong on our side. Try again." } } satisfies ApiErrorBody, { status: 500 });
}
