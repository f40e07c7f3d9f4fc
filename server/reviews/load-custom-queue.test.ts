import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { gradeCard } from "./grade-card";
import { loadCustomQueue } from "./load-custom-queue";
import { loadReviewQueue } from "./load-queue";
import { seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-05-11T06:30:00Z"); // noon in Kolkata; the study day began 2026-05-10T22:30Z
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const SINCE = at(-5 * 60_000).toISOString();

async function student(newCardsPerDay: number) {
  const user = await createTestUser(testDb.prisma);
  await testDb.prisma.studySettings.update({ where: { userId: user.id }, data: { newCardsPerDay, timeZone: "Asia/Kolkata", dayStartHour: 4 } });
  return user;
}

function log(userId: string, cardId: string, rating: number, state: "new" | "review" | "learning", reviewedAt: Date, due = reviewedAt) {
  return testDb.prisma.reviewLog.create({
    data: {
      id: randomUUID(), userId, cardId, rating, state, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 0,
      durationMs: 1000, reviewedAt, baseVersion: Math.floor(Math.random() * 1e9), previous: {},
    },
  });
}

const custom = (custom: "new" | "ahead" | "forgot", limit: number, since = SINCE) => ({ custom, limit, since });

describe("loadCustomQueue", () => {
  it("new cards beyond today's limit: a topic whose new cards the daily limit holds back offers up to the number asked for, counting those studied since the session began", async () => {
    const { prisma } = testDb;
    const user = await student(1);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 4, exclusive: true });
    const c = cardIds as string[];
    await prisma.cardState.create({ data: { userId: user.id, cardId: c[4]!, state: "learning", due: at(HOUR), stability: 1, difficulty: 5, reps: 1, lastReview: at(-HOUR) } });
    await log(user.id, c[4]!, 3, "new", at(-HOUR)); // today's one new card, from another topic
    const daily = await loadReviewQueue(prisma, user.id, { topicId: topicIds[0]!, fuzz: false }, NOW);
    expect(daily.items).toEqual([]); // "Nothing to review right now"

    let queue = await loadCustomQueue(prisma, user.id, { scope: { topic: topicIds[0]! }, params: custom("new", 3), fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([[c[0], "new"], [c[1], "new"], [c[2], "new"]]);
    expect(queue.custom).toMatchObject({ mode: "new", title: "Practice topic 1", limit: 3 });
    expect(queue.custom?.effect).toMatch(/on top of your daily new-card limit/);
    expect(queue.items.every((i) => i.intervals?.length === 4)).toBe(true);

    // One studied in the session: two are left, and a refetch does not start over.
    await gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId: c[0]!, rating: 3, baseVersion: 0, durationMs: 1000 }, at(60_000), { fuzz: false });
    queue = await loadCustomQueue(prisma, user.id, { scope: { topic: topicIds[0]! }, params: custom("new", 3), fuzz: false }, at(2 * 60_000));
    expect(queue.items.map((i) => i.cardId)).toEqual([c[1], c[2]]);
  });

  it("review ahead offers cards not due yet, soonest first, and a Good answer never brings a due date forward", async () => {
    const { prisma } = testDb;
    const user = await student(0);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 1, perTopic: 4, exclusive: true });
    const c = cardIds as string[];
    const review = (cardId: string, due: Date) =>
      prisma.cardState.create({ data: { userId: user.id, cardId, state: "review", due, stability: 12, difficulty: 5, reps: 3, scheduledDays: 12, lastReview: at(-4 * DAY) } });
    await review(c[0]!, at(8 * DAY));
    await review(c[1]!, at(3 * DAY));
    await review(c[2]!, at(2 * HOUR)); // due today: the daily queue's, not ahead
    await prisma.cardState.create({ data: { userId: user.id, cardId: c[3]!, state: "review", due: at(DAY * 2), stability: 12, difficulty: 5, reps: 3, lastReview: at(-4 * DAY), suspended: true } });

    const queue = await loadCustomQueue(prisma, user.id, { scope: { topic: topicIds[0]! }, params: custom("ahead", 5), fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind, i.early])).toEqual([[c[1], "review", true], [c[0], "review", true]]);

    for (const [cardId, due] of [[c[1]!, at(3 * DAY)], [c[0]!, at(8 * DAY)]] as const) {
      const result = await gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0, durationMs: 1000 }, NOW, { fuzz: false });
      expect(new Date(result.due).getTime(), cardId).toBeGreaterThanOrEqual(due.getTime());
    }
    const after = await loadCustomQueue(prisma, user.id, { scope: { topic: topicIds[0]! }, params: custom("ahead", 2), fuzz: false }, at(60_000));
    expect(after.items).toEqual([]); // two asked for, two done
  });

  it("cards I forgot today: latest answer today was Again, in scope or everywhere", async () => {
    const { prisma } = testDb;
    const user = await student(5);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 2, exclusive: true });
    const c = cardIds as string[];
    for (const id of [c[0]!, c[1]!, c[2]!]) {
      await prisma.cardState.create({ data: { userId: user.id, cardId: id, state: "relearning", due: at(10 * 60_000), stability: 2, difficulty: 6, reps: 4, lapses: 1, lastReview: at(-HOUR) } });
    }
    await log(user.id, c[0]!, 1, "review", at(-2 * HOUR));
    await log(user.id, c[1]!, 1, "review", at(-2 * HOUR));
    await log(user.id, c[1]!, 3, "learning", at(-HOUR)); // recalled since
    await log(user.id, c[2]!, 1, "review", at(-30 * HOUR)); // yesterday
    const scoped = await loadCustomQueue(prisma, user.id, { scope: { topic: topicIds[0]! }, params: custom("forgot", 10), fuzz: false }, NOW);
    expect(scoped.items.map((i) => [i.cardId, i.kind, i.availableAt])).toEqual([[c[0], "learning", null]]);
    const everywhere = await loadCustomQueue(prisma, user.id, { scope: null, params: custom("forgot", 10), fuzz: false }, NOW);
    expect(everywhere.items.map((i) => i.cardId)).toEqual([c[0]]);
    expect(everywhere.custom?.title).toBe("all topics");
  });

  it("an assignment or topic set is open only to students of its class", async () => {
    const { prisma } = testDb;
    const user = await student(0);
    const outsider = await student(0);
    const { topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 2, exclusive: true });
    const teacher = await createTestUser(prisma, "teacher");
    const klass = await prisma.class.create({ data: { teacherId: teacher.id, name: "IR", examYear: 2027, joinCode: randomUUID().slice(0, 8) } });
    await prisma.classMember.create({ data: { classId: klass.id, studentId: user.id } });
    const set = await prisma.topicSet.create({ data: { teacherId: teacher.id, name: "Both topics", topicIds } });
    const assignment = await prisma.assignment.create({ data: { classId: klass.id, topicSetId: set.id, kind: "review", startsAt: at(-DAY), dueAt: at(DAY) } });

    const byAssignment = await loadCustomQueue(prisma, user.id, { scope: { assignment: assignment.id }, params: custom("new", 10), fuzz: false }, NOW);
    expect(byAssignment.items).toHaveLength(4);
    expect(byAssignment.custom?.title).toBe("Both topics");
    const bySet = await loadCustomQueue(prisma, user.id, { scope: { topicSet: set.id }, params: custom("new", 3), fuzz: false }, NOW);
    expect(bySet.items).toHaveLength(3);
    await expect(loadCustomQueue(prisma, outsider.id, { scope: { assignment: assignment.id }, params: custom("new", 3) }, NOW)).rejects.toMatchObject({ code: "not_found" });
    await expect(loadCustomQueue(prisma, outsider.id, { scope: { topicSet: set.id }, params: custom("new", 3) }, NOW)).rejects.toMatchObject({ code: "not_found" });
  });
});
