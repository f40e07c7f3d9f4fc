import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createScheduler, DEFAULT_STUDY_SETTINGS, GRADES, newCardSchedule, scheduleReview, type Grade } from "@/lib/srs";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { AppError } from "@/server/errors";
import { scheduleFromRow } from "./card-state-mapper";
import { gradeCard } from "./grade-card";
import { undoReview } from "./undo-review";
import { reviewSnapshot, seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const plain = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
const T0 = new Date("2026-03-02T06:00:00Z");
const MINUTE = 60_000;

const grade = (userId: string, cardId: string, rating: Grade, baseVersion: number, now: Date, reviewId: string = randomUUID()) =>
  gradeCard(testDb.prisma, userId, { reviewId, cardId, rating, baseVersion, durationMs: 4000 }, now, { fuzz: false });

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
}

describe("gradeCard", () => {
  it("stores exactly what lib/srs computes from the stored state, for every grade, answer after answer", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 4 });
    for (const [i, cardId] of cardIds.entries()) {
      let expected = newCardSchedule(T0);
      let now = T0;
      // Each card gets a different rhythm of grades, covering all four from every state reached.
      const ratings: Grade[] = [GRADES[i % 4]!, 3, 1, GRADES[(i + 1) % 4]!, 3, 4];
      for (const [version, rating] of ratings.entries()) {
        const result = await grade(user.id, cardId, rating, version, now);
        const { next, log } = scheduleReview(expected, rating, now, plain);
        const row = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
        expect(scheduleFromRow(row)).toEqual(next);
        expect(row.version).toBe(version + 1);
        expect(result).toMatchObject({ version: version + 1, state: next.state, due: next.due.toISOString() });
        const stored = await prisma.reviewLog.findUniqueOrThrow({ where: { id: result.reviewId } });
        expect(stored).toMatchObject({
          rating,
          state: log.state,
          due: log.due,
          stability: log.stability,
          difficulty: log.difficulty,
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
          durationMs: 4000,
          reviewedAt: now,
          baseVersion: version,
          undoneAt: null,
        });
        expected = next;
        now = new Date(Math.max(next.due.getTime(), now.getTime() + MINUTE));
      }
    }
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(cardIds.length * 6);
  });

  it("returns the same result for the same review id and writes nothing more", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const cardId = cardIds[0]!;
    const reviewId = randomUUID();
    const first = await grade(user.id, cardId, 3, 0, T0, reviewId);
    const before = await reviewSnapshot(prisma, user.id);
    const again = await grade(user.id, cardId, 3, 0, new Date(T0.getTime() + 5 * MINUTE), reviewId);
    expect(again).toEqual(first);
    expect(await reviewSnapshot(prisma, user.id)).toEqual(before);
  });

  it("refuses, changing nothing: a stale version, an unknown card, a retired card, a reused id, a suspended card", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 3 });
    const [a, b, c] = cardIds as [string, string, string];
    const first = await grade(user.id, a, 3, 0, T0);
    await prisma.flashcard.update({ where: { id: b }, data: { retiredAt: T0 } });
    await prisma.cardState.create({ data: { userId: user.id, cardId: c, due: T0, suspended: true } });
    const before = await reviewSnapshot(prisma, user.id);
    const later = new Date(T0.getTime() + 20 * MINUTE);
    await expectAppError(grade(user.id, a, 3, 0, later), "conflict", /answered somewhere else/);
    await expectAppError(grade(user.id, a, 3, 5, later), "conflict", /answered somewhere else/);
    await expectAppError(grade(user.id, "no-such-card", 3, 0, later), "not_found", /no flashcard with id "no-such-card"/);
    await expectAppError(grade(user.id, b, 3, 0, later), "gone", /retired/);
    await expectAppError(grade(user.id, c, 3, 0, later), "conflict", /suspended/);
    await expectAppError(grade(user.id, a, 1, 1, later, first.reviewId), "conflict", /already used for a different answer/);
    const other = await createTestUser(prisma);
    await expectAppError(grade(other.id, a, 3, 0, later, first.reviewId), "conflict", /already taken/);
    expect(await reviewSnapshot(prisma, user.id)).toEqual(before);
    expect(await reviewSnapshot(prisma, other.id)).toEqual({ states: [], logs: [] });
  });

  it("clears needsRelearn when a card whose fact changed is answered", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const cardId = cardIds[0]!;
    await grade(user.id, cardId, 4, 0, T0);
    await prisma.cardState.update({ where: { userId_cardId: { userId: user.id, cardId } }, data: { needsRelearn: true } });
    await grade(user.id, cardId, 3, 1, new Date(T0.getTime() + 60 * MINUTE));
    const row = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(row.needsRelearn).toBe(false);
  });

  it("caps the recorded answer time at two minutes", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const { gradeInputSchema } = await import("./review-inputs");
    const input = gradeInputSchema.parse({ reviewId: randomUUID(), cardId: cardIds[0], rating: 3, baseVersion: 0, durationMs: 3_600_000 });
    const result = await gradeCard(prisma, user.id, input, T0, { fuzz: false });
    expect((await prisma.reviewLog.findUniqueOrThrow({ where: { id: result.reviewId } })).durationMs).toBe(120_000);
  });

  it("schedules with the student's own FSRS parameters, and undo gives back the state before", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 2 });
    const [mine, other] = cardIds as [string, string];
    const own = [...plain.engine.parameters.w];
    own[3] = 40; // initial stability after a first Easy
    await prisma.studySettings.update({ where: { userId: user.id }, data: { fsrsParameters: own } });
    const personal = createScheduler({ ...DEFAULT_STUDY_SETTINGS, fsrsParameters: own }, { fuzz: false });
    const result = await grade(user.id, mine, 4, 0, T0);
    const expected = scheduleReview(newCardSchedule(T0), 4, T0, personal).next;
    const row = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: mine } } });
    expect(scheduleFromRow(row)).toEqual(expected);
    expect(row.stability).toBeCloseTo(40, 6);
    expect(scheduleFromRow(row)).not.toEqual(scheduleReview(newCardSchedule(T0), 4, T0, plain).next);
    await undoReview(prisma, user.id, { reviewId: result.reviewId }, new Date(T0.getTime() + MINUTE));
    expect(await prisma.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId: mine } } })).toMatchObject({ state: "new", reps: 0 });
    // Return to defaults: the next first answer is scheduled with FSRS-6's own weights again.
    await prisma.studySettings.update({ where: { userId: user.id }, data: { fsrsParameters: [] } });
    await grade(user.id, other, 4, 0, T0);
    const plainRow = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: other } } });
    expect(scheduleFromRow(plainRow)).toEqual(scheduleReview(newCardSchedule(T0), 4, T0, plain).next);
  });
});
