import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "@/lib/api/error-body";
import { isAppError } from "@/server/errors";

/**
 * Any thrown value as the API's error body: an AppError becomes its own status, code, message and field
 * issues; anything else a plain 500 with no internals (a raw Prisma error never reaches the user).
 */
export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (isAppError(error)) {
    const issues = error.issues.length > 0 ? { issues: [...error.issues] } : {};
    return NextResponse.json({ error: { code: error.code, message: error.message, ...issues } }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side. Try again." } }, { status: 500 });
}
