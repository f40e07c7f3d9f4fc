import "server-only";
import type { FieldIssue } from "@/lib/api/error-body";

/** Every failure a user can cause, each with one HTTP status. */
export const appErrorStatus = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  gone: 410,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** The database is not answering (restarting, unreachable) or the server is shutting down. */
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/**
 * `field` names the one input the error is about, so a form can show it there; `issues` lists several.
 * Both reach the client as `issues`. `retryAfterSeconds` (a rate limit, a busy server) becomes the
 * reply's `Retry-After` header. Other details stay on the server (tests, logs).
 */
export type AppErrorDetails = { field?: string; issues?: readonly FieldIssue[]; retryAfterSeconds?: number } & Record<string, unknown>;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: AppErrorDetails,
  ) {
    super(message);
  }
  get status(): number {
    return appErrorStatus[this.code];
  }
  /** The refused fields, as the route wrapper sends them beside the message. */
  get issues(): readonly FieldIssue[] {
    if (this.details?.issues) return this.details.issues;
    return this.details?.field !== undefined ? [{ path: this.details.field, message: this.message }] : [];
  }
}

/** A service's refusal of one field it can only check against the database (e.g. a question not in this test). */
export function invalidField(path: string, message: string): AppError {
  return new AppError("invalid_input", message, { field: path });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
