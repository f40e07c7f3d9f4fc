/** A failed class API call, carrying the server's message (always written for a person to read). */
export class ClassApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ClassApiError";
  }
}

/** JSON in, JSON out; any non-2xx becomes a ClassApiError with the server's own message. */
export async function callApi<T>(method: "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ClassApiError(0, "No connection to the server. Check your connection and try again.");
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (data as { error?: { message?: string } } | null)?.error?.message;
    throw new ClassApiError(res.status, message ?? `The server answered ${res.status}. Try again.`);
  }
  return data as T;
}
