import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import type { AppError } from "@/server/errors";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { BANK, seedQuizBank, snapshotQuizTables } from "./testing/quiz-fixtures";
import { startAttempt } from "./start-attempt";
import { saveAnswer } from "./save-answer";
import { submitAttempt } from "./submit-attempt";
import { GRACE_MS } from "./quiz-config";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const question = (id: string) => BANK.find((q) => q.id === id) as PrelimsQuestion;
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("expected an error"), (e: unknown) => e as AppError);

async function mock(ids = ["a-single-0", "a-multi", "b-assertion"], timeLimitMs = 600_000) {
  await seedQuizBank(testDb.prisma);
  const user = await createTestUser(testDb.prisma);
  const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ids, timeLimitMs }, now);
  return { user, attempt };
}

describe("saveAnswer in a mock", () => {
  it("is idempotent: sending the same answer again leaves one identical row", async () => {
    const { user, attempt } = await mock();
    const input = { questionId: "a-multi", chosenIndex: 2, marked: true, timeSpentMs: 4_000, currentIndex: 1 };
    const first = await saveAnswer(testDb.prisma, user.id, attempt.id, input, at(10_000));
    const once = await snapshotQuizTables(testDb.prisma);
    const again = await saveAnswer(testDb.prisma, user.id, attempt.id, input, at(10_000));
    expect(again).toEqual(first);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(once);
    expect(await testDb.prisma.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);
    expect((await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).currentIndex).toBe(1);
  });

  it("lets the answer change or be cleared until submit, and never reveals what is right", async () => {
    const { user, attempt } = await mock();
    for (const chosenIndex of [0, 3, null, 1]) {
      const saved = await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex }, at(5_000));
      expect(saved.feedback).toBeNull();
      expect(JSON.stringify(saved)).not.toMatch(/correct|explanation/i);
      expect(saved.answer.chosenIndex).toBe(chosenIndex);
    }
  });

  it("accepts answers up to the deadline plus the grace period and refuses them after, changing nothing", async () => {
    const { user, attempt } = await mock(undefined, 60_000);
    const edge = 60_000 + GRACE_MS;
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 1 }, at(edge));
    const before = await snapshotQuizTables(testDb.prisma);
    const late = await failure(saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 2 }, at(edge + 1)));
    expect(late.status).toBe(410);
    expect(late.message).toMatch(/Time is up/);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("caps recorded time at the time since the test started", async () => {
    const { user, attempt } = await mock();
    const saved = await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 1, timeSpentMs: 999_999 }, at(30_000));
    expect(saved.answer.timeSpentMs).toBe(30_000);
  });

  it("refuses answers once submitted (409), leaving the answers as they were", async () => {
    const { user, attempt } = await mock();
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 1 }, at(1_000));
    await submitAttempt(testDb.prisma, user.id, attempt.id, at(2_000));
    const before = await snapshotQuizTables(testDb.prisma);
    const error = await failure(saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 0 }, at(3_000)));
    expect(error.status).toBe(409);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });
});

describe("saveAnswer in practice", () => {
  it("returns feedback naming the correct option, and the answer is then final", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const ids = ["a-single-2", "a-multi", "a-how-many", "ab-pairs", "b-assertion"];
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "practice", questionIds: ids }, now);
    for (const id of ids) {
      const q = question(id);
      const wrong = (correctOptionIndex(q) + 1) % 4;
      const saved = await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: id, chosenIndex: wrong }, at(1_000));
      expect(saved.feedback).toMatchObject({ questionId: id, chosenIndex: wrong, correctIndex: correctOptionIndex(q), outcome: "wrong" });
      expect(saved.feedback!.facts.map((f) => f.id).sort()).toEqual([...q.factIds].sort());
      if (q.kind === "single") expect(saved.feedback!.optionExplanations).toHaveLength(4);
      else expect(saved.feedback!.items!.every((item) => typeof item.correct === "boolean")).toBe(true);
      // A retry of the same answer gets the same feedback; a different answer is refused.
      expect(await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: id, chosenIndex: wrong }, at(2_000))).toEqual({ ...saved });
      const before = await snapshotQuizTables(testDb.prisma);
      const change = await failure(saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: id, chosenIndex: correctOptionIndex(q) }, at(3_000)));
      expect(change.status).toBe(409);
      expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
    }
  });
});
