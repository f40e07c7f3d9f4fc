import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { createSession } from "@/server/auth/sessions";
import { SESSION_COOKIE } from "@/server/auth/current-user";

// Tests create many users and never sign in with a password, so no real hash is computed (scrypt costs ~0.3 s).
const TEST_PASSWORD_HASH = "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$not-a-real-hash";

/** Creates a user with a live session; `cookie` goes into a Request's Cookie header. */
export async function createTestUser(db: Db, role: "student" | "teacher" | "editor" = "student", name = "Test User") {
  const email = `${role}-${randomBytes(5).toString("hex")}@example.test`;
  const user = await db.user.create({
    data: { email, name, role, passwordHash: TEST_PASSWORD_HASH, settings: { create: {} } },
    select: { id: true, email: true, name: true, role: true },
  });
  const { token } = await createSession(db, user.id, new Date());
  return { ...user, cookie: `${SESSION_COOKIE}=${token}` };
}

/**
 * A Request as a route handler receives it from our own pages, optionally signed in: JSON, and (like a
 * browser's fetch) `Origin` on anything but a GET. `headers` overrides them, to play a cross-site caller.
 */
export function apiRequest(url: string, init: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {}): Request {
  const method = init.method ?? (init.body === undefined ? "GET" : "POST");
  const headers = new Headers({ "content-type": "application/json" });
  if (method !== "GET" && method !== "HEAD") headers.set("origin", "http://localhost");
  if (init.cookie) headers.set("cookie", init.cookie);
  for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
  return new Request(new URL(url, "http://localhost"), {
    method,
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}
