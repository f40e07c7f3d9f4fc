import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createScheduler, DEFAULT_STUDY_SETTINGS, previewIntervals, retrievability, type CardStateName } from "@/lib/srs";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { scheduleFromRow } from "./card-state-mapper";
import { loadReviewQueue, PREVIEW_WINDOW } from "./load-queue";
import { seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Noon in Kolkata: the study day (04:00 local) runs from 2026-05-10T22:30Z to 2026-05-11T22:30Z.
const NOW = new Date("2026-05-11T06:30:00Z");
const DAY_START = new Date("2026-05-10T22:30:00Z");
const DAY_END = new Date("2026-05-11T22:30:00Z");
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

async function student(newCardsPerDay = 3) {
  const user = await createTestUser(testDb.prisma);
  await testDb.prisma.studySettings.update({ where: { userId: user.id }, data: { newCardsPerDay, timeZone: "Asia/Kolkata", dayStartHour: 4 } });
  return user;
}

function putState(userId: string, cardId: string, state: CardStateName, due: Date, extra: Record<string, unknown> = {}) {
  const started = state !== "new";
  return testDb.prisma.cardState.create({
    data: {
      userId, cardId, state, due,
      stability: started ? 10 : 0,
      difficulty: started ? 5 : 0,
      reps: started ? 3 : 0,
      lastReview: started ? at(-5 * DAY) : null,
      ...extra,
    },
  });
}

function putLog(userId: string, cardId: string, state: CardStateName, reviewedAt: Date, undoneAt: Date | null = null) {
  return testDb.prisma.reviewLog.create({
    data: {
      id: randomUUID(), userId, cardId, rating: 3, state, due: reviewedAt, stability: 0, difficulty: 0,
      elapsedDays: 0, scheduledDays: 0, durationMs: 1000, reviewedAt, baseVersion: Math.floor(Math.random() * 1e9), previous: {}, undoneAt,
    },
  });
}

async function assignTopic(studentId: string, topicId: string, kind: "review" | "practice" | "both", startsAt: Date, archivedAt: Date | null = null) {
  const { prisma } = testDb;
  const teacher = await createTestUser(prisma, "teacher");
  const klass = await prisma.class.create({ data: { teacherId: teacher.id, name: "IR batch", examYear: 2027, joinCode: randomUUID().slice(0, 8) } });
  await prisma.classMember.create({ data: { classId: klass.id, studentId } });
  const set = await prisma.topicSet.create({ data: { teacherId: teacher.id, name: "Set", topicIds: [topicId] } });
  await prisma.assignment.create({ data: { classId: klass.id, topicSetId: set.id, kind, startsAt, dueAt: at(7 * DAY), archivedAt } });
}

describe("loadReviewQueue", () => {
  it("holds exactly the reviews due this study day, lowest recall first, each with the intervals the scheduler would give", async () => {
    const { prisma } = testDb;
    const user = await student(0);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 6 });
    const c = cardIds as string[];
    const due = [
      await putState(user.id, c[0]!, "review", at(-2 * DAY), { stability: 30, lastReview: at(-32 * DAY) }),
      await putState(user.id, c[1]!, "review", at(-1 * HOUR), { stability: 2, lastReview: at(-3 * DAY) }),
      await putState(user.id, c[2]!, "review", at(8 * HOUR), { stability: 60, lastReview: at(-50 * DAY) }), // later today
      await putState(user.id, c[3]!, "review", at(5 * DAY), { needsRelearn: true }), // fact superseded: due now
    ];
    await putState(user.id, c[4]!, "review", at(17 * HOUR)); // tomorrow (after 22:30Z)
    await putState(user.id, c[5]!, "review", at(-DAY), { suspended: true });
    await putState(user.id, c[6]!, "review", at(-DAY));
    await prisma.flashcard.update({ where: { id: c[6]! }, data: { retiredAt: at(-HOUR) } });
    await putState(user.id, c[7]!, "review", at(-DAY));
    await prisma.topic.update({ where: { id: topicIds[1]! }, data: { retiredAt: at(-HOUR) } });
    await prisma.flashcard.updateMany({ where: { id: { in: c.slice(8) } }, data: { topicId: topicIds[0]! } });

    const queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    const recall = (row: (typeof due)[number]) => retrievability(scheduleFromRow(row), NOW) ?? 0;
    const expected = [...due].sort((a, b) => recall(a) - recall(b)).map((r) => r.cardId);
    expect(queue.items.map((i) => i.cardId)).toEqual(expected);
    expect(queue.counts).toEqual({ due: 4, learning: 0, new: 0 });
    expect(queue.dayEndsAt).toBe(DAY_END.toISOString());
    const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 0 }, { fuzz: false });
    for (const item of queue.items) {
      const row = due.find((r) => r.cardId === item.cardId)!;
      const labels = previewIntervals(scheduleFromRow(row), NOW, scheduler).map(({ rating, name, label, state, due }) => ({ rating, name, label, state, due: due.toISOString() }));
      expect(item.intervals).toEqual(labels);
      expect(item.version).toBe(row.version);
    }
  });

  it("brings learning cards back at their step, and introduces new cards up to what is left of today's limit, assigned topics first", async () => {
    const { prisma } = testDb;
    const user = await student(4);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 3, perTopic: 3, exclusive: true });
    const c = cardIds as string[];
    await putState(user.id, c[0]!, "learning", at(5 * 60_000), { stability: 1, reps: 1 });
    await putState(user.id, c[1]!, "relearning", at(-60_000), { stability: 1 });
    await putState(user.id, c[2]!, "learning", at(20 * HOUR), { stability: 1 }); // tomorrow
    await putLog(user.id, c[0]!, "new", at(-HOUR)); // introduced today: counts
    await putLog(user.id, c[1]!, "new", new Date(DAY_START.getTime() - 60_000)); // yesterday: does not count
    await putLog(user.id, c[2]!, "new", at(-HOUR), at(-HOUR)); // undone: does not count
    await assignTopic(user.id, topicIds[2]!, "review", at(-DAY));
    await assignTopic(user.id, topicIds[1]!, "practice", at(-DAY)); // not a review assignment

    const queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([
      [c[1], "learning"],
      [c[0], "learning"],
      [c[6], "new"],
      [c[7], "new"],
      [c[8], "new"],
    ]);
    expect(queue.items[1]!.availableAt).toBe(at(5 * 60_000).toISOString());
    expect(queue.counts).toEqual({ due: 0, learning: 2, new: 3 });
  });

  it("puts cards added from a test's mistakes ahead of untouched new cards, outside the limit", async () => {
    const { prisma } = testDb;
    const user = await student(2);
    const { cardIds } = await seedDeck(prisma, { topics: 2, perTopic: 3, exclusive: true });
    const c = cardIds as string[];
    await prisma.cardState.create({ data: { userId: user.id, cardId: c[5]!, state: "new", due: at(-60_000), addedFrom: "mistake" } });
    const queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([
      [c[5], "new"],
      [c[0], "new"],
      [c[1], "new"],
    ]);
  });

  it("brings mistake cards in today even when the new-card limit is used up, without using up the limit", async () => {
    const { prisma } = testDb;
    const user = await student(1);
    const { cardIds } = await seedDeck(prisma, { topics: 2, perTopic: 3, exclusive: true });
    const c = cardIds as string[];
    await putState(user.id, c[0]!, "learning", at(HOUR), { stability: 1, reps: 1 });
    await putLog(user.id, c[0]!, "new", at(-HOUR)); // today's one new card is used
    for (const id of [c[3]!, c[4]!]) {
      await prisma.cardState.create({ data: { userId: user.id, cardId: id, state: "new", due: at(-60_000), addedFrom: "mistake" } });
    }
    let queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.filter((i) => i.kind === "new").map((i) => i.cardId)).toEqual([c[3], c[4]]);
    expect(queue.counts.new).toBe(2);
    // Answering a mistake card does not eat into the ordinary limit either.
    await prisma.reviewLog.deleteMany({ where: { userId: user.id } });
    await putLog(user.id, c[3]!, "new", at(-HOUR));
    await prisma.cardState.update({ where: { userId_cardId: { userId: user.id, cardId: c[3]! } }, data: { state: "learning", due: at(2 * HOUR), stability: 1, difficulty: 5, reps: 1, lastReview: at(-HOUR) } });
    queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.filter((i) => i.kind === "new").map((i) => i.cardId)).toEqual([c[4], c[1]]);
  });

  it("buries siblings: once a card on a fact is studied today, the other cards on it wait for tomorrow (a setting, on by default)", async () => {
    const { prisma } = testDb;
    const user = await student(10);
    const { cardIds } = await seedDeck(prisma, { topics: 2, perTopic: 3, exclusive: true, siblings: true });
    const c = cardIds as string[];
    // Nothing studied yet: one card per fact, and the limit is filled from the next fact.
    let queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.map((i) => i.cardId)).toEqual([c[0], c[3]]);
    // c0 was studied today (now in learning): its siblings c1 and c2 are buried, its own steps go on.
    await putState(user.id, c[0]!, "learning", at(HOUR), { stability: 1, reps: 1 });
    await putLog(user.id, c[0]!, "new", at(-HOUR));
    await putState(user.id, c[4]!, "review", at(-DAY)); // due today, but its sibling c3 comes first only if not buried
    queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([[c[4], "review"], [c[0], "learning"]]);
    expect(queue.counts).toEqual({ due: 1, learning: 1, new: 0 });
    await prisma.studySettings.update({ where: { userId: user.id }, data: { burySiblings: false } });
    queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.counts).toEqual({ due: 1, learning: 1, new: 4 });
  });

  it("ignores assignments that are archived, not yet started, or for classes the student is not in", async () => {
    const { prisma } = testDb;
    const user = await student(1);
    const { topicIds, cardIds } = await seedDeck(prisma, { topics: 2, perTopic: 1, exclusive: true });
    await assignTopic(user.id, topicIds[1]!, "both", at(-DAY), at(-HOUR));
    await assignTopic(user.id, topicIds[1]!, "review", at(HOUR));
    const outsider = await student();
    await assignTopic(outsider.id, topicIds[1]!, "review", at(-DAY));
    expect((await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW)).items.map((i) => i.cardId)).toEqual([cardIds[0]]);
    await assignTopic(user.id, topicIds[1]!, "both", at(-DAY));
    expect((await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW)).items.map((i) => i.cardId)).toEqual([cardIds[1]]);
  });

  it("day=next: the queue as it will stand when the next study day starts, with a fresh new-card limit, for the device to keep", async () => {
    const { prisma } = testDb;
    const user = await student(2);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 6, exclusive: true });
    const c = cardIds as string[];
    await putState(user.id, c[0]!, "review", at(-HOUR)); // due today
    await putState(user.id, c[1]!, "review", new Date(DAY_END.getTime() + 5 * HOUR)); // due tomorrow
    await putState(user.id, c[2]!, "review", new Date(DAY_END.getTime() + 2 * DAY)); // due later
    await putLog(user.id, c[3]!, "new", at(-HOUR)); // today's limit of 2: one used
    await putLog(user.id, c[4]!, "new", at(-HOUR)); // and the other
    await putState(user.id, c[3]!, "review", new Date(DAY_END.getTime() + 3 * DAY));
    await putState(user.id, c[4]!, "review", new Date(DAY_END.getTime() + 3 * DAY));

    const today = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(today.items.map((i) => i.cardId)).toEqual([c[0]]);
    const next = await loadReviewQueue(prisma, user.id, { fuzz: false, nextDay: true }, NOW);
    // Today's due card is still due then; tomorrow's comes in; the new-card limit starts again.
    expect(next.items.map((i) => [i.cardId, i.kind])).toEqual([
      [c[0], "review"],
      [c[1], "review"],
      [c[5], "new"],
    ]);
    expect(next.dayEndsAt).toBe(new Date(DAY_END.getTime() + DAY).toISOString());
    // Stamped with the time it was made, so a copy saved later still counts as newer.
    expect(next.generatedAt).toBe(NOW.toISOString());
  });

  it("a topic session takes only that topic, including reviews not due yet, without touching their schedule", async () => {
    const { prisma } = testDb;
    const user = await student(0);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 2 });
    const c = cardIds as string[];
    await putState(user.id, c[0]!, "review", at(10 * DAY));
    await putState(user.id, c[2]!, "review", at(-DAY));
    const before = await prisma.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
    const queue = await loadReviewQueue(prisma, user.id, { topicId: topicIds[0]!, fuzz: false }, NOW);
    expect(queue.topic).toEqual({ id: topicIds[0], title: "Practice topic 1" });
    expect(queue.items.map((i) => [i.cardId, i.early])).toEqual([[c[0], true]]);
    expect(await prisma.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } })).toEqual(before);
    await expect(loadReviewQueue(prisma, user.id, { topicId: "no-such-topic" }, NOW)).rejects.toMatchObject({ code: "not_found" });
  });

  it("when nothing is left, says when the next card is due (the next study day if limits held cards back)", async () => {
    const { prisma } = testDb;
    const user = await student(1);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 2, exclusive: true });
    await putState(user.id, cardIds[0]!, "review", at(3 * DAY));
    await putLog(user.id, cardIds[0]!, "new", at(-HOUR));
    let queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items).toEqual([]);
    // A new card is still waiting and today's limit (1, used up) holds it back.
    expect(queue.nextDueAt).toBe(DAY_END.toISOString());
    await prisma.studySettings.update({ where: { userId: user.id }, data: { newCardsPerDay: 0 } });
    // With new cards turned off, only the scheduled review counts.
    expect((await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW)).nextDueAt).toBe(at(3 * DAY).toISOString());
    await prisma.studySettings.update({ where: { userId: user.id }, data: { newCardsPerDay: 1 } });
    await prisma.cardState.create({ data: { userId: user.id, cardId: cardIds[1]!, due: NOW, suspended: true } });
    queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.nextDueAt).toBe(at(3 * DAY).toISOString());
  });

  it("gives intervals to the first PREVIEW_WINDOW cards only, and the same ones a second fetch would", async () => {
    const { prisma } = testDb;
    const user = await student(PREVIEW_WINDOW + 5);
    await seedDeck(prisma, { topics: 1, perTopic: PREVIEW_WINDOW + 5, exclusive: true });
    const queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items).toHaveLength(PREVIEW_WINDOW + 5);
    expect(queue.items.map((i) => i.intervals !== null)).toEqual(queue.items.map((_, i) => i < PREVIEW_WINDOW));
    expect((await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW)).items).toEqual(queue.items);
  });
});
