import { afterEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({ APP_URL: "http://localhost:3000", NODE_ENV: "development" }));
vi.mock("@/server/env", () => ({ serverEnv: () => env }));

const { sessionCookieName, sessionCookieOptions } = await import("./current-user");

afterEach(() => Object.assign(env, { APP_URL: "http://localhost:3000", NODE_ENV: "development" }));

describe("the session cookie", () => {
  it("over https is __Host-prefixed, Secure, for path / and no domain", () => {
    Object.assign(env, { APP_URL: "https://dossier.example", NODE_ENV: "production" });
    expect(sessionCookieName()).toBe("__Host-dossier_session");
    const options = sessionCookieOptions(new Date(0));
    expect(options).toMatchObject({ secure: true, path: "/", httpOnly: true, sameSite: "lax" });
    expect(options).not.toHaveProperty("domain");
  });

  it("is Secure whenever NODE_ENV=production, even when APP_URL says http", () => {
    Object.assign(env, { APP_URL: "http://localhost:3000", NODE_ENV: "production" });
    expect(sessionCookieName()).toBe("dossier_session");
    expect(sessionCookieOptions(new Date(0)).secure).toBe(true);
  });

  it("is not Secure in development over http (the browser would drop it on a LAN address)", () => {
    expect(sessionCookieOptions(new Date(0)).secure).toBe(false);
  });
});
