import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { POST as grade } from "@/app/api/reviews/route";
import { GET as queue } from "@/app/api/reviews/queue/route";
import { POST as undo } from "@/app/api/reviews/undo/route";
import { POST as flags } from "@/app/api/reviews/flags/route";
import { GET as summary } from "@/app/api/reviews/summary/route";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { reviewSnapshot, seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();

async function call(handler: (r: Request) => Promise<Response>, url: string, init: Parameters<typeof apiRequest>[1]) {
  const res = await handler(apiRequest(url, init));
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string; issues?: { path: string; message: string }[] } } & Record<string, unknown> };
}

async function setUp() {
  const user = await createTestUser(testDb.prisma);
  const { cardIds, topicIds } = await seedDeck(testDb.prisma, { topics: 1, perTopic: 2 });
  const first = await call(grade, "/api/reviews", { cookie: user.cookie, body: { reviewId: randomUUID(), cardId: cardIds[0], rating: 3, baseVersion: 0 } });
  expect(first.status).toBe(200);
  return { user, cardIds: cardIds as [string, string], topicIds, reviewId: first.body.reviewId as string };
}

describe("review API: bad requests get a clear 4xx and change nothing", () => {
  it("grading", async () => {
    const { user, cardIds } = await setUp();
    const cookie = user.cookie;
    const ok = { reviewId: randomUUID(), cardId: cardIds[1], rating: 3, baseVersion: 0, durationMs: 900 };
    // A refused field is named in `issues`, beside the message, never pasted into it.
    const cases: [Parameters<typeof apiRequest>[1], number, RegExp, string?][] = [
      [{ body: ok }, 401, /Sign in/],
      [{ cookie, body: { ...ok, reviewId: "not-a-uuid" } }, 400, /^reviewId must be a UUID/, "reviewId"],
      [{ cookie, body: { ...ok, rating: 5 } }, 400, /^Rating must be 1 \(Again\), 2 \(Hard\), 3 \(Good\) or 4 \(Easy\)/, "rating"],
      [{ cookie, body: { ...ok, rating: 0 } }, 400, /^Rating must be/, "rating"],
      [{ cookie, body: { ...ok, rating: "3" } }, 400, /^Rating must be/, "rating"],
      [{ cookie, body: { ...ok, cardId: "ghost-card" } }, 404, /no flashcard with id "ghost-card"/],
      [{ cookie, body: { ...ok, cardId: cardIds[0] } }, 409, /answered somewhere else/],
      [{ cookie, body: { ...ok, baseVersion: -1 } }, 400, /^baseVersion cannot be negative/, "baseVersion"],
      [{ cookie, body: { ...ok, interval: "30d" } }, 400, /^Unexpected field "interval": send only reviewId, cardId/],
      [{ cookie, body: "{not json" }, 400, /must be JSON/],
    ];
    const before = await reviewSnapshot(testDb.prisma, user.id);
    for (const [init, status, message, field] of cases) {
      const res = await call(grade, "/api/reviews", init);
      expect(res.status, JSON.stringify(init?.body)).toBe(status);
      expect(res.body.error?.message).toMatch(message);
      if (field) expect(res.body.error?.issues?.[0]).toEqual({ path: field, message: res.body.error?.message });
    }
    expect(await reviewSnapshot(testDb.prisma, user.id)).toEqual(before);
    const teacher = await createTestUser(testDb.prisma, "teacher");
    expect((await call(grade, "/api/reviews", { cookie: teacher.cookie, body: ok })).status).toBe(403);
  });

  it("undo, flags, queue and summary", async () => {
    const { user, cardIds, reviewId } = await setUp();
    const other = await createTestUser(testDb.prisma);
    const before = [await reviewSnapshot(testDb.prisma, user.id), await reviewSnapshot(testDb.prisma, other.id)];
    const foreignUndo = await call(undo, "/api/reviews/undo", { cookie: other.cookie, body: { reviewId } });
    expect(foreignUndo).toEqual({ status: 404, body: { error: { code: "not_found", message: "There is no answer of yours with this review id to undo." } } });
    expect((await call(undo, "/api/reviews/undo", { cookie: user.cookie, body: { reviewId: "42" } })).status).toBe(400);
    expect((await call(flags, "/api/reviews/flags", { cookie: user.cookie, body: { cardId: cardIds[0] } })).body.error?.message).toMatch(
      /Say what to change/,
    );
    expect((await call(flags, "/api/reviews/flags", { cookie: user.cookie, body: { cardId: "ghost", flagged: true } })).status).toBe(404);
    expect((await call(flags, "/api/reviews/flags", { cookie: user.cookie, body: { cardId: cardIds[0], flagged: "yes" } })).status).toBe(400);
    expect((await call(queue, "/api/reviews/queue?topic=ghost", { cookie: user.cookie })).status).toBe(404);
    expect((await call(queue, "/api/reviews/queue?day=tomorrow", { cookie: user.cookie })).body.error?.issues).toEqual([
      { path: "day", message: 'day must be "next" (or left out for today)' },
    ]);
    expect((await call(queue, "/api/reviews/queue?day=next&topic=x", { cookie: user.cookie })).body.error?.message).toMatch(/day=next is for the daily queue only/);
    expect((await call(queue, "/api/reviews/queue?day=next", { cookie: user.cookie })).status).toBe(200);
    expect((await call(summary, "/api/reviews/summary?since=yesterday", { cookie: user.cookie })).body.error?.message).toMatch(
      /since must be an ISO date-time/,
    );
    expect([await reviewSnapshot(testDb.prisma, user.id), await reviewSnapshot(testDb.prisma, other.id)]).toEqual(before);
  });
});

describe("review API: a short session end to end", () => {
  it("queue, grade, flag, suspend, undo and summary agree with each other", async () => {
    const user = await createTestUser(testDb.prisma);
    await seedDeck(testDb.prisma, { topics: 1, perTopic: 3, exclusive: true });
    const since = new Date(Date.now() - 1000).toISOString();
    const first = await call(queue, "/api/reviews/queue", { cookie: user.cookie });
    const items = first.body.items as { cardId: string; version: number; intervals: { name: string; label: string }[] }[];
    expect(first.body.counts).toEqual({ new: 3, learning: 0, due: 0 });
    expect(items[0]!.intervals.map((i) => i.name)).toEqual(["Again", "Hard", "Good", "Easy"]);

    const [a, b, c] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
    const easy = await call(grade, "/api/reviews", { cookie: user.cookie, body: { reviewId: randomUUID(), cardId: a.cardId, rating: 4, baseVersion: 0, durationMs: 3000 } });
    expect(easy.body).toMatchObject({ state: "review", interval: items[0]!.intervals[3]!.label });
    const again = await call(grade, "/api/reviews", { cookie: user.cookie, body: { reviewId: randomUUID(), cardId: b.cardId, rating: 1, baseVersion: 0, durationMs: 5000 } });
    expect(again.body).toMatchObject({ state: "learning", interval: "1m" });
    expect((await call(flags, "/api/reviews/flags", { cookie: user.cookie, body: { cardId: c.cardId, flagged: true } })).body).toEqual({ cardId: c.cardId, suspended: false, flagged: true });

    let now = await call(queue, "/api/reviews/queue", { cookie: user.cookie });
    expect(now.body.counts).toEqual({ new: 1, learning: 1, due: 0 });
    expect((now.body.items as { cardId: string; flagged: boolean }[]).find((i) => i.cardId === c.cardId)?.flagged).toBe(true);

    expect((await call(flags, "/api/reviews/flags", { cookie: user.cookie, body: { cardId: c.cardId, suspended: true } })).status).toBe(200);
    await call(undo, "/api/reviews/undo", { cookie: user.cookie, body: { reviewId: again.body.reviewId } });
    now = await call(queue, "/api/reviews/queue", { cookie: user.cookie });
    expect(now.body.counts).toEqual({ new: 1, learning: 0, due: 0 });
    expect((now.body.items as { cardId: string; version: number }[]).map((i) => [i.cardId, i.version])).toEqual([[b.cardId, 2]]);

    const done = await call(summary, `/api/reviews/summary?since=${encodeURIComponent(since)}`, { cookie: user.cookie });
    expect(done.body).toEqual({ reviewed: 1, accuracy: 1, timeSpentMs: 3000, dueTomorrow: 0 });
  });
});

describe("grading reads the session in its own query (deferSession), with the same rules as every route", () => {
  const DAY = 86_400_000;
  const ok = (cardId: string, baseVersion = 0) => ({ reviewId: randomUUID(), cardId, rating: 3, baseVersion, durationMs: 1000 });
  const session = async (userId: string) => testDb.prisma.session.findFirstOrThrow({ where: { userId } });

  it("refuses an idle-expired, an over-age and an unknown session with 401, and writes nothing", async () => {
    const { prisma } = testDb;
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    for (const spoil of [
      { expiresAt: new Date(Date.now() - 1_000) },
      { createdAt: new Date(Date.now() - 31 * DAY), expiresAt: new Date(Date.now() + 3 * DAY) },
    ]) {
      const user = await createTestUser(prisma);
      await prisma.session.updateMany({ where: { userId: user.id }, data: spoil });
      const res = await call(grade, "/api/reviews", { cookie: user.cookie, body: ok(cardIds[0]!) });
      expect(res.status, JSON.stringify(spoil)).toBe(401);
      expect(res.body.error?.message).toMatch(/Sign in/);
      expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(0);
    }
    const unknown = await call(grade, "/api/reviews", { cookie: "dossier_session=not-a-session", body: ok(cardIds[0]!) });
    expect(unknown.status).toBe(401);
  });

  it("answers who first: no session is 401 and a teacher 403 even when the body is refused", async () => {
    const teacher = await createTestUser(testDb.prisma, "teacher");
    expect((await call(grade, "/api/reviews", { cookie: "dossier_session=not-a-session", body: {} })).status).toBe(401);
    expect((await call(grade, "/api/reviews", { cookie: teacher.cookie, body: {} })).status).toBe(403);
    expect((await call(grade, "/api/reviews", { cookie: teacher.cookie, body: ok("no-such-card") })).status).toBe(403);
  });

  it("renews a session that is due (once a day of use) and leaves a fresh one alone", async () => {
    const { prisma } = testDb;
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 2 });
    const user = await createTestUser(prisma);
    const fresh = await session(user.id);
    expect((await call(grade, "/api/reviews", { cookie: user.cookie, body: ok(cardIds[0]!) })).status).toBe(200);
    expect((await session(user.id)).expiresAt).toEqual(fresh.expiresAt);
    // Last renewed two days ago: five days of the seven left.
    await prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() + 5 * DAY) } });
    expect((await call(grade, "/api/reviews", { cookie: user.cookie, body: ok(cardIds[1]!) })).status).toBe(200);
    const renewed = (await session(user.id)).expiresAt.getTime();
    expect(renewed).toBeGreaterThan(Date.now() + 6.9 * DAY);
  });
});
