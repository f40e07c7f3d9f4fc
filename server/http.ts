import "server-only";
import { NextResponse } from "next/server";
import { errorResponse } from "@/server/http/error-response";

export { parseInput, parseJsonBody } from "@/server/http/parse-input";
export { errorResponse };

/**
 * @deprecated Write route handlers with `apiRoute` from `@/server/http/route` (docs/decisions/008-route-wrapper.md);
 * this stays only until the last routes are converted.
 */
export async function handleRoute<T>(body: () => Promise<T>, status = 200): Promise<NextResponse> {
  try {
    return NextResponse.json(await body(), { status });
  } catch (error) {
    return errorResponse(error);
  }
}
