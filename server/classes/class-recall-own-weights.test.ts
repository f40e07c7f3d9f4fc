import { beforeAll, describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { retrievability } from "@/lib/srs";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { getClassTopicRecall } from "@/server/queries/class-topic-recall";
import { createClassWorld, logReview, seedClassContent } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();
const reviewedAt = new Date(now.getTime() - 30 * 3_600_000);
const STABILITY = 2.5;

// Two students with identical card states; only their optimized FSRS-6 weights differ, and the
// forgetting curve's decay is w[20]. A third keeps the defaults (no settings row at all).
const slowForgetter = Object.assign([...default_w], { 20: 0.1 });
const fastForgetter = Object.assign([...default_w], { 20: 0.6 });

type World = Awaited<ReturnType<typeof createClassWorld>>;
let w: World;
let fast: { id: string };
let untuned: { id: string };

const expected = (weights: readonly number[]) =>
  retrievability(
    { due: now, stability: STABILITY, difficulty: 5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: "review", lastReview: reviewedAt },
    now,
    weights,
  )!;

beforeAll(async () => {
  const db = testDb.prisma;
  await seedClassContent(db);
  w = await createClassWorld(db, now); // assigned topic: cls-a
  fast = await createTestUser(db, "student", "Fast Farah");
  untuned = await createTestUser(db, "student", "Untuned Uma");
  const joinedAt = new Date(now.getTime() - 48 * 3_600_000);
  await db.classMember.updateMany({ where: { classId: w.classId }, data: { joinedAt } });
  await db.classMember.createMany({ data: [fast, untuned].map((s) => ({ classId: w.classId, studentId: s.id, joinedAt })) });
  for (const [userId, fsrsParameters] of [[w.member.id, slowForgetter], [fast.id, fastForgetter]] as const) {
    await db.studySettings.upsert({ where: { userId }, create: { userId, fsrsParameters }, update: { fsrsParameters } });
  }
  await db.studySettings.deleteMany({ where: { userId: untuned.id } });
  for (const student of [w.member, fast, untuned]) {
    for (const cardId of ["cls-a-1", "cls-a-2"]) await logReview(db, student.id, cardId, reviewedAt, { stability: STABILITY });
    // A personal card on the assigned topic, long forgotten: private, so it must not count.
    const personalId = `pc-${student.id}`;
    await db.flashcard.create({
      data: { id: personalId, topicId: "cls-a", ownerId: student.id, origin: "personal", factIds: [], kind: "basic", front: "Mine", back: "m", order: 0, contentHash: "p" },
    });
    await logReview(db, student.id, personalId, new Date(now.getTime() - 40 * 3_600_000), { stability: 0.01 });
  }
});

describe("class recall uses each student's own forgetting curve", () => {
  it("gives identical card states different recall under different optimized weights, as lib/srs computes it", async () => {
    const recall = await getClassTopicRecall(testDb.prisma, w.teacher.id, w.classId, now);
    const cell = (id: string) => recall.byStudent.get(id)!.get("cls-a")!;
    const slow = cell(w.member.id);
    const quick = cell(fast.id);
    const plain = cell(untuned.id);
    expect([slow.cards, quick.cards, plain.cards]).toEqual([2, 2, 2]); // personal cards excluded
    expect(slow.recall).toBeCloseTo(expected(slowForgetter), 6);
    expect(quick.recall).toBeCloseTo(expected(fastForgetter), 6);
    expect(plain.recall).toBeCloseTo(expected(default_w), 6);
    expect(Math.abs(slow.recall! - quick.recall!)).toBeGreaterThan(0.01);
    const classWide = recall.byTopic.get("cls-a")!;
    expect(classWide.cards).toBe(6);
    expect(classWide.recall).toBeCloseTo((expected(slowForgetter) + expected(fastForgetter) + expected(default_w)) / 3, 6);
  });

  it("answers the same for one student asked alone", async () => {
    const recall = await getClassTopicRecall(testDb.prisma, w.teacher.id, w.classId, now, fast.id);
    expect([...recall.byStudent.keys()]).toEqual([fast.id]);
    expect(recall.byStudent.get(fast.id)!.get("cls-a")!.recall).toBeCloseTo(expected(fastForgetter), 6);
  });
});
