// A student driven over HTTP, as a browser would: signs up through the sign-up route the form calls,
// then loads the queue and grades cards through the API.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { gunzipSync } from "node:zlib";

export interface HttpStudent {
  email: string;
  cookie: string;
}

export interface CardRef {
  cardId: string;
  version: number;
}

/**
 * Signs up as the sign-up form does: JSON to POST /api/auth/sign-up from the app's own origin.
 * `forwardedFor` names the client address for a server that trusts loopback as a proxy
 * (TRUSTED_PROXIES), so a benchmark can sign up many students without meeting the per-IP limit.
 */
export async function signUpStudent(baseUrl: string, email: string, forwardedFor?: string): Promise<HttpStudent> {
  const res = await fetch(`${baseUrl}/api/auth/sign-up`, {
    method: "POST",
    headers: { ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}), "content-type": "application/json", "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ name: `Bench ${email.split("@")[0]}`, email, password: "bench-password-long-enough", role: "student" }),
  });
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

// Grades go out through node:http on kept-alive sockets rather than fetch: the load generator shares
// the machine's two cores with the server and PostgreSQL, and fetch's WHATWG streams cost it several
// times the CPU of a plain request, which the figures then charged to the server.
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** Sends one grade; returns the HTTP status and, on success, the card's new version. */
export async function sendGrade(
  baseUrl: string,
  student: HttpStudent,
  grade: GradeAttempt,
  timeoutMs = 10_000,
): Promise<{ status: number; version?: number; body: string }> {
  const payload = JSON.stringify({ ...grade, durationMs: 3000 });
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      `${baseUrl}/api/reviews`,
      {
        method: "POST",
        agent: keepAlive,
        // As a browser's fetch from the app's own page: API writes must be same-origin.
        headers: {
          cookie: student.cookie,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          "sec-fetch-site": "same-origin",
          "accept-encoding": "gzip",
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const text = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
          resolve({ status: res.statusCode ?? 0, body: text });
        });
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer to the grade within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(payload);
  });
  if (status !== 200) return { status, body };
  return { status: 200, version: (JSON.parse(body) as { version: number }).version, body };
}
