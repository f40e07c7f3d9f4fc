/** A failed API call, carrying the server's own message (always written for the student). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** JSON in, JSON out; any non-2xx becomes an ApiError with the server's message. */
export async function apiFetch<T>(url: string, init: { method?: string; body?: unknown; keepalive?: boolean } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      keepalive: init.keepalive,
    });
  } catch {
    throw new ApiError(0, "No connection to the server. Your work is kept on this page; it will be sent when you retry.");
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (data as { error?: { message?: string } } | null)?.error?.message;
    throw new ApiError(res.status, message ?? `The server answered ${res.status}. Try again.`);
  }
  return data as T;
}
