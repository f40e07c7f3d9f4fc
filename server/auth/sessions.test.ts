import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { purgeStaleAuthRecords } from "./housekeeping";
import { userFromRequest } from "./current-user";
import { SIGN_IN_PER_IP } from "./rate-limit";
import { createSession, deleteAllSessions, findSessionUser, SESSION_IDLE_MS, SESSION_MAX_MS } from "./sessions";

const testDb = withTestDatabase();
const start = new Date("2026-11-01T08:00:00Z");
const days = (n: number) => new Date(start.getTime() + n * 24 * 60 * 60_000);

async function user() {
  return createTestUser(testDb.prisma);
}

describe("session lifetime", () => {
  it("ends after 7 idle days", async () => {
    const { id } = await user();
    const { token } = await createSession(testDb.prisma, id, start);
    expect(await findSessionUser(testDb.prisma, token, days(6.9))).not.toBeNull();
    const other = await createSession(testDb.prisma, id, start);
    expect(await findSessionUser(testDb.prisma, other.token, new Date(start.getTime() + SESSION_IDLE_MS))).toBeNull();
  });

  it("slides while used, writing at most once a day, and never past 30 days", async () => {
    const { id } = await user();
    const { token } = await createSession(testDb.prisma, id, start);
    const expiry = async () => (await testDb.prisma.session.findFirstOrThrow({ where: { userId: id, createdAt: start } })).expiresAt.getTime();
    const first = await expiry();
    await findSessionUser(testDb.prisma, token, days(0.5));
    expect(await expiry()).toBe(first); // less than a day since issue: no write
    await findSessionUser(testDb.prisma, token, days(1.5));
    expect(await expiry()).toBe(days(1.5).getTime() + SESSION_IDLE_MS);
    // Used every 5 days: alive on day 25, then capped at day 30 however recent the use.
    for (const day of [6, 11, 16, 21, 26]) expect(await findSessionUser(testDb.prisma, token, days(day))).not.toBeNull();
    expect(await expiry()).toBe(start.getTime() + SESSION_MAX_MS);
    expect(await findSessionUser(testDb.prisma, token, days(29.9))).not.toBeNull();
    expect(await findSessionUser(testDb.prisma, token, days(30))).toBeNull();
  });

  it("sign out everywhere ends every session of that user and no one else's", async () => {
    const a = await user();
    const b = await user();
    const phone = await createSession(testDb.prisma, a.id, start);
    const laptop = await createSession(testDb.prisma, a.id, start);
    const others = await createSession(testDb.prisma, b.id, start);
    expect(await deleteAllSessions(testDb.prisma, a.id)).toBe(3); // the two above and createTestUser's
    expect(await findSessionUser(testDb.prisma, phone.token, days(1))).toBeNull();
    expect(await findSessionUser(testDb.prisma, laptop.token, days(1))).toBeNull();
    expect(await findSessionUser(testDb.prisma, others.token, days(1))).not.toBeNull();
  });
});

describe("session cookie parsing", () => {
  it("a malformed unrelated cookie does not stop the session being read", async () => {
    const signedIn = await user();
    const request = apiRequest("/api/anything", { cookie: `theme=%E0%A4%A; ${signedIn.cookie}; broken=%` });
    expect((await userFromRequest(request))?.id).toBe(signedIn.id);
    expect(await userFromRequest(apiRequest("/api/anything", { cookie: "x=%zz" }))).toBeNull();
  });
});

describe("housekeeping", () => {
  it("purges ended sessions and rate-limit hits older than every window, and keeps the rest", async () => {
    const { id } = await user();
    const now = days(40);
    const stale = await createSession(testDb.prisma, id, days(0)); // idle since day 0
    const live = await createSession(testDb.prisma, id, days(39));
    await testDb.prisma.rateLimitHit.createMany({
      data: [
        { bucket: SIGN_IN_PER_IP.bucket, key: "housekeeping", createdAt: days(30) },
        { bucket: SIGN_IN_PER_IP.bucket, key: "housekeeping", createdAt: days(39.99) },
      ],
    });
    const purged = await purgeStaleAuthRecords(testDb.prisma, now);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.hits).toBeGreaterThanOrEqual(1);
    expect(await findSessionUser(testDb.prisma, stale.token, days(0.5))).toBeNull();
    expect(await findSessionUser(testDb.prisma, live.token, now)).not.toBeNull();
    expect(await testDb.prisma.rateLimitHit.count({ where: { key: "housekeeping" } })).toBe(1);
  });
});
