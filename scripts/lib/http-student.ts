// A student driven over HTTP, as a browser would: signs up through the real sign-up form (its
// no-JavaScript form post), then loads the queue and grades cards through the API.
import { randomUUID } from "node:crypto";
import { parse } from "node-html-parser";

export interface HttpStudent {
  email: string;
  cookie: string;
}

export interface CardRef {
  cardId: string;
  version: number;
}

/**
 * Posts the sign-up form with the hidden fields React renders for a form without JavaScript.
 * `forwardedFor` names the client address for a server that trusts loopback as a proxy
 * (TRUSTED_PROXIES), so a benchmark can sign up many students without meeting the per-IP limit.
 */
export async function signUpStudent(baseUrl: string, email: string, forwardedFor?: string): Promise<HttpStudent> {
  const headers: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const page = await fetch(`${baseUrl}/sign-up`, { headers });
  if (!page.ok) throw new Error(`GET /sign-up answered ${page.status}`);
  const form = parse(await page.text()).querySelector("form");
  if (!form) throw new Error("the sign-up page has no form");
  const body = new FormData();
  for (const input of form.querySelectorAll("input[type=hidden]")) {
    const name = input.getAttribute("name");
    if (name) body.append(name, input.getAttribute("value") ?? "");
  }
  body.append("name", `Bench ${email.split("@")[0]}`);
  body.append("email", email);
  body.append("password", "bench-password-long-enough");
  body.append("role", "student");
  const res = await fetch(`${baseUrl}/sign-up`, { method: "POST", body, headers: { ...headers, origin: baseUrl }, redirect: "manual" });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith("dossier_session="));
  if (!cookie) throw new Error(`sign-up of ${email} answered ${res.status} without a session cookie: ${(await res.text()).slice(0, 300)}`);
  return { email, cookie };
}

export async function loadQueue(baseUrl: string, student: HttpStudent): Promise<CardRef[]> {
  const res = await fetch(`${baseUrl}/api/reviews/queue`, { headers: { cookie: student.cookie } });
  if (!res.ok) throw new Error(`GET /api/reviews/queue answered ${res.status}: ${await res.text()}`);
  const queue = (await res.json()) as { items: { cardId: string; version: number }[] };
  return queue.items.map((i) => ({ cardId: i.cardId, version: i.version }));
}

export interface GradeAttempt {
  reviewId: string;
  cardId: string;
  rating: number;
  baseVersion: number;
}

export function newGrade(card: CardRef, rating: number): GradeAttempt {
  return { reviewId: randomUUID(), cardId: card.cardId, rating, baseVersion: card.version };
}

/** Sends one grade; returns the HTTP status and, on success, the card's new version. */
export async function sendGrade(
  baseUrl: string,
  student: HttpStudent,
  grade: GradeAttempt,
  timeoutMs = 10_000,
): Promise<{ status: number; version?: number; body: string }> {
  const res = await fetch(`${baseUrl}/api/reviews`, {
    method: "POST",
    // As a browser's fetch from the app's own page: API writes must be same-origin.
    headers: { cookie: student.cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ ...grade, durationMs: 3000 }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await res.text();
  if (res.status !== 200) return { status: res.status, body };
  return { status: 200, version: (JSON.parse(body) as { version: number }).version, body };
}
