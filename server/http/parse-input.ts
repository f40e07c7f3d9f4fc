import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";

/** Parses outside input with its schema; a refusal is one `invalid_input` carrying every field's issue. */
export function parseInput<S extends z.ZodType>(raw: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  const message = issues.length === 1 ? issues[0]!.message : `${issues.length} fields need attention.`;
  throw new AppError("invalid_input", message, { issues });
}

/** The request body as JSON, parsed with the route's schema; a body that is not JSON is a 400. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new AppError("invalid_input", "The request body must be JSON.");
  }
  return parseInput(raw, schema);
}

/** The query string as a plain object (the last value wins for a repeated key), parsed with the route's schema. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  return parseInput(Object.fromEntries(new URL(request.url).searchParams), schema);
}
