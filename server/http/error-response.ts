import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "@/lib/api/error-body";
import { isAppError } from "@/server/errors";
import { isDatabaseUnavailable } from "@/server/db/database-unavailable";

/** A database that is restarting or unreachable: a quick 503 the client can retry, never a 500. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not answering right now, so nothing was saved. Try again in a few seconds.";

/**
 * Any thrown value as the API's error body: an AppError becomes its own status, code, message and field
 * issues; anything else a plain 500 with no internals (a raw Prisma error never reaches the user).
 */
export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (isAppError(error)) {
    const issues = error.issues.length > 0 ? { issues: [...error.issues] } : {};
    const retry = error.code === "unavailable" ? { headers: { "retry-after": "2" } } : {};
    return NextResponse.json({ error: { code: error.code, message: error.message, ...issues } }, { status: error.status, ...retry });
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json({ error: { code: "unavailable", message: DATABASE_UNAVAILABLE_MESSAGE } }, { status: 503, headers: { "retry-after": "2" } });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side. Try again." } }, { status: 500 });
}
