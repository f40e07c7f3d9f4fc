import { afterEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { createSession, findSessionUser } from "@/server/auth/sessions";
import { issueResetToken } from "@/server/accounts/password-reset";
import { scryptGate } from "@/server/auth/scrypt-gate";
import { SIGN_IN_PER_ACCOUNT_IP } from "@/server/auth/rate-limit";

// The real configuration, with APP_URL and NODE_ENV switchable per test (the cookie's name and Secure flag follow them).
const env = vi.hoisted(() => ({ overrides: {} as Record<string, string> }));
vi.mock("@/server/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/env")>();
  return { ...real, serverEnv: () => ({ ...real.serverEnv(), ...env.overrides }) };
});
afterEach(() => {
  env.overrides = {};
});

const { POST: signIn } = await import("@/app/api/auth/sign-in/route");
const { POST: signUp } = await import("@/app/api/auth/sign-up/route");
const { POST: signOut } = await import("@/app/api/auth/sign-out/route");
const { POST: signOutEverywhere } = await import("@/app/api/auth/sign-out-everywhere/route");
const { POST: requestReset } = await import("@/app/api/auth/password-reset/request/route");
const { POST: resetPassword } = await import("@/app/api/auth/password-reset/route");

const testDb = withTestDatabase();
const PASSWORD = "correct horse battery";

type Reply = { redirectTo?: string; sent?: boolean; error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
async function read(res: Response) {
  return { status: res.status, body: (await res.json()) as Reply, setCookie: res.headers.getSetCookie() };
}

let address = 0;
/** Each test signs in from its own client address, so the per-address limits of one never reach another. */
function newAddress(): string {
  address += 1;
  return `10.77.${Math.floor(address / 250)}.${address % 250}`;
}

function post(url: string, body: unknown, from: string, cookie?: string) {
  return apiRequest(url, { method: "POST", body, cookie, headers: { "x-forwarded-for": from } });
}

let accounts = 0;
/** A student signed up through the route, with a real password hash. */
async function student(from = newAddress()) {
  accounts += 1;
  const email = `route-${accounts}-${Date.now().toString(36)}@example.test`;
  const res = await signUp(post("/api/auth/sign-up", { name: "Asha Rao", email, password: PASSWORD, role: "student" }, from));
  expect(res.status, await res.clone().text()).toBe(201);
  return { email, cookie: res.headers.getSetCookie()[0]!.split(";")[0]! };
}

const tokenIn = (cookie: string) => decodeURIComponent(cookie.split(";")[0]!.split("=")[1]!);

describe("POST /api/auth/sign-in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie for path / and answers the home page as the path to open", async () => {
    const { email } = await student();
    const { status, body, setCookie } = await read(await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, newAddress())));
    expect(status).toBe(200);
    expect(body).toEqual({ redirectTo: "/dashboard" });
    expect(setCookie).toHaveLength(1);
    const cookie = setCookie[0]!;
    expect(cookie).toMatch(/^dossier_session=[^;]+;/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Domain=/i);
    expect((await findSessionUser(testDb.prisma, tokenIn(cookie), new Date()))?.email).toBe(email);
  }, 30_000);

  it("over https names the cookie __Host-dossier_session and makes it Secure, as the browser requires of that prefix", async () => {
    const { email } = await student();
    env.overrides = { APP_URL: "https://dossier.example", NODE_ENV: "production" };
    const { status, setCookie } = await read(await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, newAddress())));
    expect(status).toBe(200);
    expect(setCookie[0]).toMatch(/^__Host-dossier_session=[^;]+;/);
    expect(setCookie[0]).toMatch(/; Secure/i);
    expect(setCookie[0]).toMatch(/; Path=\//);
    expect(setCookie[0]).not.toMatch(/; Domain=/i);
  }, 30_000);

  it("ends the session the browser already had (rotation)", async () => {
    const { email, cookie: before } = await student();
    const res = await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, newAddress(), before));
    expect(res.status).toBe(200);
    expect(await findSessionUser(testDb.prisma, tokenIn(before), new Date())).toBeNull();
  }, 30_000);

  it("a wrong password is a 401 with one message for the form, no field issues and no cookie", async () => {
    const { email } = await student();
    const { status, body, setCookie } = await read(await signIn(post("/api/auth/sign-in", { email, password: "wrong password 1" }, newAddress())));
    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: "unauthenticated", message: "That email and password do not match an account." } });
    expect(setCookie).toEqual([]);
  }, 30_000);

  it("refused fields come back as { issues: [{ path, message }] }, one per field, before any password is checked", async () => {
    const { status, body } = await read(await signIn(post("/api/auth/sign-in", { email: "not-an-email", password: "" }, newAddress())));
    expect(status).toBe(400);
    expect(body.error?.code).toBe("invalid_input");
    expect(body.error?.issues).toEqual([
      { path: "email", message: "Enter a valid email address, like name@example.com." },
      { path: "password", message: "Enter your password." },
    ]);
    const missing = await read(await signIn(post("/api/auth/sign-in", {}, newAddress())));
    expect(missing.body.error?.issues).toEqual([
      { path: "email", message: "Enter your email address." },
      { path: "password", message: "Enter your password." },
    ]);
  });

  it("never answers a foreign or protocol-relative `next` as the path to open: only what safeReturnPath makes of it", async () => {
    const { email } = await student();
    const from = newAddress();
    const hostile = ["//evil.example/x", "https://evil.example/", "/\\evil.example", "/\t/evil.example", "javascript:alert(1)", "/%2F%2Fevil.example", "/..//evil.example"];
    for (const next of [...hostile, "/topics?tab=notes#facts", "/join/ABCDE-FGH23", 42, "x".repeat(3000)]) {
      const { status, body } = await read(await signIn(post("/api/auth/sign-in", { email, password: PASSWORD, next }, from)));
      expect(status, String(next)).toBe(200);
      expect(body.redirectTo, String(next)).toBe(safeReturnPath(next, "/dashboard"));
      expect(new URL(body.redirectTo!, "https://dossier.example").origin, String(next)).toBe("https://dossier.example");
      expect(body.redirectTo!.startsWith("//")).toBe(false);
    }
    expect((await read(await signIn(post("/api/auth/sign-in", { email, password: PASSWORD, next: "//evil.example/x" }, from)))).body.redirectTo).toBe("/dashboard");
    expect((await read(await signIn(post("/api/auth/sign-in", { email, password: PASSWORD, next: "/topics?tab=notes" }, from)))).body.redirectTo).toBe("/topics?tab=notes");
  }, 60_000);

  it("throttled attempts are a 429 with Retry-After and the wait in the form's message", async () => {
    const { email } = await student();
    const from = newAddress();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT_IP.free; i++) {
      expect((await signIn(post("/api/auth/sign-in", { email, password: "wrong password 1" }, from))).status).toBe(401);
    }
    const res = await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, from));
    const { status, body, setCookie } = await read(res);
    expect(status).toBe(429);
    expect(body.error).toEqual({ code: "rate_limited", message: "Too many failed sign-in attempts. Try again in 1 minute." });
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(setCookie).toEqual([]);
  }, 60_000);
});

describe("a full password-hashing gate", () => {
  /** Occupies every running and waiting slot of the scrypt gate until `release` is called. */
  function fillGate() {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const fillers: Promise<void>[] = [];
    while (fillers.length < 20) fillers.push(scryptGate.run(() => blocked));
    return async () => {
      release();
      await Promise.all(fillers);
    };
  }

  it("sign-in answers 503 with Retry-After, and the turned-away attempt does not count against the account", async () => {
    const { email } = await student();
    const from = newAddress();
    const release = fillGate();
    let res: Response;
    try {
      expect(scryptGate.inFlight).toBe(20);
      res = await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, from));
    } finally {
      await release();
    }
    const { status, body, setCookie } = await read(res);
    expect(status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(body.error).toEqual({ code: "unavailable", message: "The server is busy checking passwords. Try again in 5 seconds." });
    expect(setCookie).toEqual([]);
    expect(await testDb.prisma.rateLimitHit.count({ where: { key: { contains: email } } })).toBe(0);
    // Once the gate has room the same request succeeds.
    expect((await signIn(post("/api/auth/sign-in", { email, password: PASSWORD }, from))).status).toBe(200);
  }, 30_000);

  it("sign-up and a password reset answer 503 with Retry-After too", async () => {
    const user = await createTestUser(testDb.prisma);
    const { token } = await issueResetToken(testDb.prisma, user.id, null, new Date());
    const release = fillGate();
    let responses: Response[];
    try {
      responses = [
        await signUp(post("/api/auth/sign-up", { name: "B", email: "busy@example.test", password: PASSWORD, role: "student" }, newAddress())),
        await resetPassword(post("/api/auth/password-reset", { token, password: PASSWORD }, newAddress())),
      ];
    } finally {
      await release();
    }
    for (const res of responses) {
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
    }
    expect(await testDb.prisma.user.findUnique({ where: { email: "busy@example.test" } })).toBeNull();
  }, 30_000);
});

describe("POST /api/auth/sign-up", () => {
  it("creates the account, signs it in (201 with the cookie) and carries a join link's path", async () => {
    const email = `join-${Date.now().toString(36)}@example.test`;
    const res = await signUp(post("/api/auth/sign-up", { name: "Nila", email, password: PASSWORD, role: "student", next: "/join/ABCDE-FGH23" }, newAddress()));
    const { status, body, setCookie } = await read(res);
    expect(status).toBe(201);
    expect(body).toEqual({ redirectTo: "/join/ABCDE-FGH23" });
    expect((await findSessionUser(testDb.prisma, tokenIn(setCookie[0]!), new Date()))?.email).toBe(email);
  }, 30_000);

  it("a taken email is a 409 at the email field; bad input is one issue per field", async () => {
    const { email } = await student();
    const taken = await read(await signUp(post("/api/auth/sign-up", { name: "Second", email, password: PASSWORD, role: "teacher" }, newAddress())));
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: "conflict", issues: [{ path: "email", message: "An account with this email already exists." }] });
    expect(taken.setCookie).toEqual([]);
    const bad = await read(await signUp(post("/api/auth/sign-up", { name: "", email: "x", password: "short", role: "editor" }, newAddress())));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.issues?.map((i) => i.path)).toEqual(["name", "email", "password", "role"]);
  }, 30_000);
});

describe("signing out", () => {
  it("POST /api/auth/sign-out ends this session, removes the cookie, and is harmless when signed out already", async () => {
    const { cookie } = await student();
    const { status, body, setCookie } = await read(await signOut(post("/api/auth/sign-out", undefined, newAddress(), cookie)));
    expect(status).toBe(200);
    expect(body).toEqual({ redirectTo: "/" });
    expect(setCookie[0]).toMatch(/^dossier_session=;/);
    expect(setCookie[0]).toMatch(/Max-Age=0/i);
    expect(await findSessionUser(testDb.prisma, tokenIn(cookie), new Date())).toBeNull();
    expect((await signOut(post("/api/auth/sign-out", undefined, newAddress()))).status).toBe(200);
  }, 30_000);

  it("POST /api/auth/sign-out-everywhere ends every session of the user and needs one", async () => {
    const user = await createTestUser(testDb.prisma);
    const other = await createTestUser(testDb.prisma);
    await createSession(testDb.prisma, user.id, new Date()); // the same user on a phone
    const { status, body } = await read(await signOutEverywhere(post("/api/auth/sign-out-everywhere", undefined, newAddress(), user.cookie)));
    expect(status).toBe(200);
    expect(body).toEqual({ redirectTo: "/sign-in" });
    expect(await testDb.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await testDb.prisma.session.count({ where: { userId: other.id } })).toBe(1);
    expect((await signOutEverywhere(post("/api/auth/sign-out-everywhere", undefined, newAddress()))).status).toBe(401);
  });
});

describe("password reset", () => {
  it("POST /api/auth/password-reset/request answers the same for any email", async () => {
    const { email } = await student();
    for (const address of [email, "nobody-here@example.test"]) {
      const { status, body } = await read(await requestReset(post("/api/auth/password-reset/request", { email: address }, newAddress())));
      expect(status).toBe(200);
      expect(body).toEqual({ sent: true });
    }
    const bad = await read(await requestReset(post("/api/auth/password-reset/request", { email: "nope" }, newAddress())));
    expect(bad.body.error?.issues).toEqual([{ path: "email", message: "Enter a valid email address, like name@example.com." }]);
  }, 30_000);

  it("POST /api/auth/password-reset sets the password once, signs every session out and removes this browser's cookie", async () => {
    const user = await createTestUser(testDb.prisma);
    const { token } = await issueResetToken(testDb.prisma, user.id, null, new Date());
    const { status, body, setCookie } = await read(await resetPassword(post("/api/auth/password-reset", { token, password: "a brand new passphrase" }, newAddress(), user.cookie)));
    expect(status).toBe(200);
    expect(body).toEqual({ redirectTo: "/sign-in?reset=done" });
    expect(setCookie[0]).toMatch(/Max-Age=0/i);
    expect(await testDb.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const again = await read(await resetPassword(post("/api/auth/password-reset", { token, password: "another new passphrase" }, newAddress())));
    expect(again.status).toBe(410);
    expect(again.body.error?.message).toBe("This reset link has expired or was already used. Ask for a new one.");
    const short = await read(await resetPassword(post("/api/auth/password-reset", { token: "", password: "short" }, newAddress())));
    expect(short.body.error?.issues?.map((i) => i.path)).toEqual(["token", "password"]);
  }, 30_000);
});
