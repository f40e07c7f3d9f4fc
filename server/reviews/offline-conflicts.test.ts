import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createScheduler, DEFAULT_STUDY_SETTINGS, newCardSchedule, scheduleReview, type Grade } from "@/lib/srs";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { scheduleFromRow } from "./card-state-mapper";
import { gradeCard } from "./grade-card";
import { undoReview } from "./undo-review";
import { seedDeck } from "./test-fixtures";

// Note 013: answers that waited on a device carry answeredAt; a card answered on another device
// since follows one rule: the later answer wins, the other is kept in the log.

const testDb = withTestDatabase();
const plain = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
const T0 = new Date("2026-03-02T06:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

type Answer = { cardId: string; rating: Grade; baseVersion: number; answeredAt?: Date; reviewId?: string };
const answer = (userId: string, a: Answer, now: Date) =>
  gradeCard(
    testDb.prisma,
    userId,
    { reviewId: a.reviewId ?? randomUUID(), cardId: a.cardId, rating: a.rating, baseVersion: a.baseVersion, durationMs: 3000, ...(a.answeredAt ? { answeredAt: a.answeredAt.toISOString() } : {}) },
    now,
    { fuzz: false },
  );

async function setUp() {
  const user = await createTestUser(testDb.prisma);
  const { cardIds } = await seedDeck(testDb.prisma, { topics: 1, perTopic: 2 });
  return { user, cardId: cardIds[0]! };
}

const stateOf = (userId: string, cardId: string) => testDb.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });

describe("answers that waited on the device (answeredAt)", () => {
  it("are scheduled at the time they were given, not when they arrive", async () => {
    const { user, cardId } = await setUp();
    const result = await answer(user.id, { cardId, rating: 3, baseVersion: 0, answeredAt: at(0) }, at(50));
    const expected = scheduleReview(newCardSchedule(at(0)), 3, at(0), plain).next;
    expect(result).toMatchObject({ version: 1, due: expected.due.toISOString(), reviewedAt: at(0).toISOString() });
    expect(result.conflict).toBeUndefined();
    expect(scheduleFromRow(await stateOf(user.id, cardId))).toEqual(expected);
  });

  it("never take a time in the future", async () => {
    const { user, cardId } = await setUp();
    const result = await answer(user.id, { cardId, rating: 3, baseVersion: 0, answeredAt: at(5) }, at(1));
    expect(result.reviewedAt).toBe(at(1).toISOString());
  });
});

describe("the same card answered on two devices", () => {
  it("an offline answer older than the other device's is kept in the log, set aside, and the card stays as the other left it", async () => {
    const { user, cardId } = await setUp();
    const other = await answer(user.id, { cardId, rating: 4, baseVersion: 0 }, at(2));
    const before = await stateOf(user.id, cardId);
    const reviewId = randomUUID();
    const offline = { cardId, rating: 1 as Grade, baseVersion: 0, answeredAt: at(1), reviewId };

    const result = await answer(user.id, offline, at(3));
    expect(result).toMatchObject({ conflict: "superseded", version: other.version, state: other.state, due: other.due, reviewedAt: at(1).toISOString() });
    expect(await stateOf(user.id, cardId)).toEqual(before);
    const logs = await testDb.prisma.reviewLog.findMany({ where: { userId: user.id, cardId }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => [l.id, l.rating, l.baseVersion, l.supersededAt?.toISOString() ?? null])).toEqual([
      [reviewId, 1, null, at(3).toISOString()],
      [other.reviewId, 4, 0, null],
    ]);

    // Sent again (the reply was lost): the same outcome, nothing written twice.
    expect(await answer(user.id, offline, at(4))).toMatchObject({ conflict: "superseded", version: other.version });
    expect(await testDb.prisma.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(2);
    // A set-aside answer cannot be undone: it never changed the card.
    await expect(undoReview(testDb.prisma, user.id, { reviewId }, at(4))).rejects.toMatchObject({ code: "conflict" });
  });

  it("an offline answer later than the other device's wins: applied on top, at its own time, and both stay in the log", async () => {
    const { user, cardId } = await setUp();
    const other = await answer(user.id, { cardId, rating: 3, baseVersion: 0 }, at(1));
    const afterOther = scheduleFromRow(await stateOf(user.id, cardId));
    const offline = { cardId, rating: 1 as Grade, baseVersion: 0, answeredAt: at(2) };

    const result = await answer(user.id, offline, at(6));
    const expected = scheduleReview(afterOther, 1, at(2), plain).next;
    expect(result).toMatchObject({ conflict: "applied-later", version: other.version + 1, due: expected.due.toISOString() });
    expect(scheduleFromRow(await stateOf(user.id, cardId))).toEqual(expected);
    const logs = await testDb.prisma.reviewLog.findMany({ where: { userId: user.id, cardId }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((l) => [l.rating, l.baseVersion, l.reviewedAt.toISOString(), l.supersededAt])).toEqual([
      [3, 0, at(1).toISOString(), null],
      [1, 1, at(2).toISOString(), null],
    ]);
  });

  it("without answeredAt (an answer sent at once) a stale version is still refused with a 409", async () => {
    const { user, cardId } = await setUp();
    await answer(user.id, { cardId, rating: 3, baseVersion: 0 }, at(1));
    await expect(answer(user.id, { cardId, rating: 3, baseVersion: 0 }, at(2))).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb.prisma.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(1);
  });

  it("a chain of offline answers on one card goes through in order, each at its own time", async () => {
    const { user, cardId } = await setUp();
    const first = await answer(user.id, { cardId, rating: 3, baseVersion: 0, answeredAt: at(0) }, at(9));
    const second = await answer(user.id, { cardId, rating: 3, baseVersion: 1, answeredAt: new Date(at(0).getTime() + 11 * 60_000) }, at(9));
    const s1 = scheduleReview(newCardSchedule(at(0)), 3, at(0), plain).next;
    const s2 = scheduleReview(s1, 3, new Date(at(0).getTime() + 11 * 60_000), plain).next;
    expect([first.conflict, second.conflict]).toEqual([undefined, undefined]);
    expect(scheduleFromRow(await stateOf(user.id, cardId))).toEqual(s2);
  });
});
