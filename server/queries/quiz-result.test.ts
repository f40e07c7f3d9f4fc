import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import type { AppError } from "@/server/errors";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { BANK, seedQuizBank } from "@/server/quiz/testing/quiz-fixtures";
import { startAttempt } from "@/server/quiz/start-attempt";
import { saveAnswer } from "@/server/quiz/save-answer";
import { submitAttempt } from "@/server/quiz/submit-attempt";
import { getAttemptResult } from "./quiz-result";
import { getAttemptView } from "./quiz-attempt";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const right = (id: string) => correctOptionIndex(BANK.find((q) => q.id === id) as PrelimsQuestion);
const wrong = (id: string) => (right(id) + 1) % 4;

describe("getAttemptResult", () => {
  it("splits the score into marks earned and marks lost to negative marking, overall and per topic", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    // topic-a: a-single-0, a-single-1, a-multi, ab-pairs; topic-b: ab-pairs, b-single-3, b-assertion.
    const ids = ["a-single-0", "a-single-1", "a-multi", "ab-pairs", "b-single-3", "b-assertion"];
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ids }, now);
    const plan: [string, number | null, boolean, number][] = [
      ["a-single-0", right("a-single-0"), true, 20_000],
      ["a-single-1", wrong("a-single-1"), true, 30_000],
      ["a-multi", wrong("a-multi"), true, 40_000],
      ["ab-pairs", right("ab-pairs"), false, 10_000],
      ["b-single-3", null, true, 5_000],
    ];
    for (const [questionId, chosenIndex, marked, timeSpentMs] of plan) {
      await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId, chosenIndex, marked, timeSpentMs }, at(200_000));
    }
    await expect(getAttemptResult(testDb.prisma, user.id, attempt.id, at(200_000))).rejects.toMatchObject({ status: 409 });
    await submitAttempt(testDb.prisma, user.id, attempt.id, at(200_000));
    const result = await getAttemptResult(testDb.prisma, user.id, attempt.id, at(200_000));

    // 2 right, 2 wrong, 2 blank: 4 − 4/3 = 8/3.
    expect(result).toMatchObject({ questions: 6, correct: 2, wrong: 2, blank: 2, attempted: 4, accuracy: 0.5 });
    expect(result).toMatchObject({ marks: "2.67", marksFromCorrect: "4.00", marksLostToPenalty: "1.33", maxMarks: "12.00" });
    expect(result.scheme).toMatchObject({ perCorrect: "+2", perWrong: "\u2212\u2154" });
    expect(result.totalTimeMs).toBe(105_000);
    expect(result.perQuestion.map((q) => q.timeSpentMs)).toEqual([20_000, 30_000, 40_000, 10_000, 5_000, 0]);
    expect(result.perQuestion.map((q) => q.feedback.outcome)).toEqual(["correct", "wrong", "wrong", "correct", "blank", "blank"]);
    const topicA = result.byTopic.find((t) => t.topicId === "topic-a")!;
    expect(topicA).toMatchObject({ title: "Made-up topic A", questions: 4, correct: 2, wrong: 2, blank: 0, marks: "2.67" });
    const topicB = result.byTopic.find((t) => t.topicId === "topic-b")!;
    expect(topicB).toMatchObject({ questions: 3, correct: 1, wrong: 0, blank: 2, marks: "2.00" });
    // Marked and answered: one right out of three; the marked blank is not a guess.
    expect(result.guessing).toMatchObject({ markedAttempted: 3, markedCorrect: 1, verdict: "guess" });
    expect(result.guessing.advice).toMatch(/right 1 of 3 times/);
  });

  it("is a 404 for someone else's attempt", async () => {
    await seedQuizBank(testDb.prisma);
    const [user, other] = [await createTestUser(testDb.prisma), await createTestUser(testDb.prisma)];
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0"] }, now);
    await submitAttempt(testDb.prisma, user.id, attempt.id, at(1_000));
    const error = (await getAttemptResult(testDb.prisma, other.id, attempt.id, at(2_000)).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(404);
  });
});

describe("getAttemptView", () => {
  it("comes back after a reload with the same answers, position and deadline", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0", "a-multi", "b-single-3"] }, now);
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-multi", chosenIndex: 2, marked: true, timeSpentMs: 9_000, currentIndex: 2 }, at(30_000));
    const view = await getAttemptView(testDb.prisma, user.id, attempt.id, at(60_000));
    expect(view).toMatchObject({ currentIndex: 2, deadline: attempt.deadline!.toISOString(), finished: false, feedback: {} });
    expect(view.answers).toEqual({ "a-multi": { chosenIndex: 2, marked: true, timeSpentMs: 9_000 } });
    expect((await getAttemptView(testDb.prisma, user.id, attempt.id, at(3_600_000))).finished).toBe(true);
  });

  it("carries practice feedback for answered questions only", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "practice", questionIds: ["a-single-0", "a-multi"] }, now);
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-multi", chosenIndex: right("a-multi") }, at(1_000));
    const view = await getAttemptView(testDb.prisma, user.id, attempt.id, at(2_000));
    expect(Object.keys(view.feedback)).toEqual(["a-multi"]);
    expect(view.feedback["a-multi"]).toMatchObject({ outcome: "correct" });
    expect(view.feedback["a-multi"]!.facts[0]).toMatchObject({ topicId: "topic-a", topicTitle: "Made-up topic A" });
  });
});
