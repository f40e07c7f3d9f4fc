import { fieldErrorsFrom, readApiErrorBody, type FieldIssue } from "@/lib/api/error-body";

/**
 * The one way the browser calls our API (docs/decisions/008-route-wrapper.md). Every failure is an ApiError:
 * `fieldErrors` holds the first message per top-level field for forms, `retryable` says whether sending
 * the same request again may succeed (no connection, a timeout, rate limiting, a server error).
 */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error code ("invalid_input", "conflict", …), or "network" / "bad_response". */
    readonly code: string,
    message: string,
    readonly fieldErrors: Readonly<Record<string, string>> = {},
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
  }
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** Reads a failed response's `{ error }` body; a body that is not ours still yields a readable message. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const parsed = readApiErrorBody(body);
  if (!parsed) return new ApiError(status, "bad_response", `The server answered ${status}. Try again.`);
  const { code, message, issues = [] } = parsed.error;
  return new ApiError(status, code, message, fieldErrorsFrom(issues), issues);
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Options = { keepalive?: boolean; signal?: AbortSignal };

/** JSON in, JSON out. Writes always declare JSON, which the server's same-origin check requires. */
export async function apiCall<T>(method: Method, url: string, body?: unknown, options: Options = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: method === "GET" ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      keepalive: options.keepalive,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "The server could not be reached. Check your connection and try again.");
  }
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw apiErrorFrom(res.status, data);
  return data as T;
}

export const api = {
  get: <T>(url: string, options?: Options) => apiCall<T>("GET", url, undefined, options),
  post: <T>(url: string, body?: unknown, options?: Options) => apiCall<T>("POST", url, body, options),
  put: <T>(url: string, body?: unknown, options?: Options) => apiCall<T>("PUT", url, body, options),
  patch: <T>(url: string, body?: unknown, options?: Options) => apiCall<T>("PATCH", url, body, options),
  delete: <T>(url: string, options?: Options) => apiCall<T>("DELETE", url, undefined, options),
};
