import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { AppError } from "@/server/errors";
import { BANK, PRELIMS_IDS, seedQuizBank, snapshotQuizTables } from "./testing/quiz-fixtures";
import { startAttempt } from "./start-attempt";
import { startMockTest } from "./start-mock-test";
import { startTopicPractice } from "./start-practice";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");

async function setup() {
  await seedQuizBank(testDb.prisma);
  return createTestUser(testDb.prisma);
}

const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("expected an error"), (e: unknown) => e as AppError);

describe("startAttempt", () => {
  it("keeps the questions in the given order and fixes the deadline at start", async () => {
    const user = await setup();
    for (const n of [1, 3, 8]) {
      const ids = PRELIMS_IDS.slice(0, n).reverse();
      const mock = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ids }, now);
      expect(mock.questionIds).toEqual(ids);
      // UPSC pace by default: 72 seconds per question.
      expect(mock.deadline!.getTime() - now.getTime()).toBe(n * 72_000);
      const timed = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ids, timeLimitMs: 600_000 }, now);
      expect(timed.deadline!.getTime() - now.getTime()).toBe(600_000);
    }
    const practice = await startAttempt(testDb.prisma, user.id, { mode: "practice", questionIds: PRELIMS_IDS }, now);
    expect(practice.deadline).toBeNull();
  });

  it("records the assignment and the topics the questions cover", async () => {
    const user = await setup();
    const teacher = await createTestUser(testDb.prisma, "teacher");
    const cls = await testDb.prisma.class.create({ data: { teacherId: teacher.id, name: "C", examYear: 2027, joinCode: `J${Date.now()}` } });
    const set = await testDb.prisma.topicSet.create({ data: { teacherId: teacher.id, name: "S", topicIds: ["topic-b"], questionIds: [] } });
    const assignment = await testDb.prisma.assignment.create({
      data: { classId: cls.id, topicSetId: set.id, kind: "practice", startsAt: now, dueAt: now, questionIds: ["b-single-0", "ab-pairs"] },
    });
    const started = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["b-single-0", "ab-pairs"], assignmentId: assignment.id }, now);
    const row = await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: started.id } });
    expect(row.assignmentId).toBe(assignment.id);
    expect(row.topicIds.sort()).toEqual(["topic-a", "topic-b"]);
    expect(row.schemeId).toBe("upsc-prelims-gs1");
  });

  it("refuses bad requests with a specific message and creates nothing", async () => {
    const user = await setup();
    const before = await snapshotQuizTables(testDb.prisma);
    const cases: [unknown, RegExp, number][] = [
      [{ mode: "mock", questionIds: ["nope"] }, /no question with id nope/i, 400],
      [{ mode: "mock", questionIds: ["a-mains"] }, /mains question/, 400],
      [{ mode: "mock", questionIds: ["a-single-0", "a-single-0"] }, /must not repeat/, 400],
      [{ mode: "mock", questionIds: [] }, /at least one question/, 400],
      [{ mode: "practice", questionIds: ["a-single-0"], timeLimitMs: 60_000 }, /practice is untimed/i, 400],
      [{ mode: "mock", questionIds: ["a-single-0"], timeLimitMs: 10 }, /at least one minute/, 400],
      [{ mode: "exam", questionIds: ["a-single-0"] }, /mode must be/, 400],
      [{ mode: "mock", questionIds: ["a-single-0"], assignmentId: "missing" }, /no such assignment/, 404],
    ];
    for (const [input, message, status] of cases) {
      const error = await failure(startAttempt(testDb.prisma, user.id, input as never, now));
      expect(error).toBeInstanceOf(AppError);
      expect(error.message).toMatch(message);
      expect(error.status).toBe(status);
    }
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });
});

describe("startMockTest", () => {
  it("draws the requested number of distinct prelims questions from the chosen topics only", async () => {
    const user = await setup();
    for (let k = 0; k < 10; k++) {
      const test = await startMockTest(testDb.prisma, user.id, { mode: "mock", topicIds: ["topic-b"], count: 3, timeLimitMinutes: 5 }, now);
      expect(new Set(test.questionIds).size).toBe(3);
      for (const id of test.questionIds) expect(BANK.find((q) => q.id === id)!.topicIds).toContain("topic-b");
      expect(test.deadline!.getTime() - now.getTime()).toBe(300_000);
    }
  });

  it("says how many questions the topics hold when asked for more, and unknown topics are named", async () => {
    const user = await setup();
    const tooMany = await failure(startMockTest(testDb.prisma, user.id, { mode: "mock", topicIds: ["topic-b"], count: 9 }, now));
    expect(tooMany.message).toMatch(/the chosen topics have 4 questions/i);
    const unknown = await failure(startMockTest(testDb.prisma, user.id, { mode: "mock", topicIds: ["topic-z"], count: 1 }, now));
    expect(unknown.message).toMatch(/no topic with id topic-z/i);
    const none = await failure(startMockTest(testDb.prisma, user.id, { mode: "mock", topicIds: ["topic-c"], count: 1 }, now));
    expect(none.message).toMatch(/have 0 questions/);
  });
});

describe("startTopicPractice", () => {
  it("continues the open session instead of starting a second one", async () => {
    const user = await setup();
    const first = await startTopicPractice(testDb.prisma, user.id, "topic-b", now);
    const second = await startTopicPractice(testDb.prisma, user.id, "topic-b", now);
    expect(second.id).toBe(first.id);
    expect(first.questionIds).toEqual(BANK.filter((q) => q.kind !== "mains" && q.topicIds.includes("topic-b")).map((q) => q.id));
    const other = await createTestUser(testDb.prisma);
    expect((await startTopicPractice(testDb.prisma, other.id, "topic-b", now)).id).not.toBe(first.id);
  });

  it("is a 404 for an unknown topic and a 400 for a topic without questions", async () => {
    const user = await setup();
    expect((await failure(startTopicPractice(testDb.prisma, user.id, "topic-z", now))).status).toBe(404);
    expect((await failure(startTopicPractice(testDb.prisma, user.id, "topic-c", now))).message).toMatch(/no practice questions yet/);
  });
});
