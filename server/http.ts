import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, isAppError } from "@/server/errors";

/** The JSON body every failed API call returns. */
export type ApiError = { error: { code: string; message: string; details?: Record<string, unknown> } };

export function errorResponse(error: AppError): NextResponse<ApiError> {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } },
    { status: error.status },
  );
}

/**
 * Runs a route handler body: AppErrors become their 4xx, anything else a plain 500 with
 * no internals (a raw Prisma error never reaches the user).
 */
export async function handleRoute<T>(body: () => Promise<T>, status = 200): Promise<NextResponse> {
  try {
    return NextResponse.json(await body(), { status });
  } catch (error) {
    if (isAppError(error)) return errorResponse(error);
    console.error(error);
    return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side. Try again." } }, { status: 500 });
  }
}

/** Parses a JSON request body with a zod schema; malformed input is a 400 naming the field. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  return parseInput(raw, schema);
}

export function parseInput<S extends z.ZodType>(raw: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new AppError("invalid_input", `${where}${issue?.message ?? "invalid input"}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  return result.data;
}
