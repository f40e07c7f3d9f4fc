import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import type { AppError } from "@/server/errors";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import { createRandom } from "@/lib/quiz/seeded-random";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { BANK, PRELIMS_IDS, seedQuizBank, snapshotQuizTables } from "./testing/quiz-fixtures";
import { startAttempt } from "./start-attempt";
import { saveAnswer } from "./save-answer";
import { closeIfExpired, submitAttempt } from "./submit-attempt";
import { GRACE_MS } from "./quiz-config";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const question = (id: string) => BANK.find((q) => q.id === id) as PrelimsQuestion;
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("expected an error"), (e: unknown) => e as AppError);

describe("submitAttempt", () => {
  it("stores 2 per correct answer minus 2/3 per wrong one, for any mix of answers", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const random = createRandom("submit-rule");
    for (let round = 0; round < 6; round++) {
      const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: PRELIMS_IDS }, now);
      let correct = 0;
      let wrong = 0;
      for (const id of PRELIMS_IDS) {
        const pick = Math.floor(random() * 5); // 4 means leave it blank
        if (pick === 4) continue;
        await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: id, chosenIndex: pick }, at(1_000));
        if (pick === correctOptionIndex(question(id))) correct++;
        else wrong++;
      }
      const done = await submitAttempt(testDb.prisma, user.id, attempt.id, at(2_000));
      expect(done.score).toBeCloseTo(2 * correct - (2 / 3) * wrong, 10);
    }
  });

  it("scores once: a second submit is a 409 and changes nothing", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0"] }, now);
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 0 }, at(1_000));
    await submitAttempt(testDb.prisma, user.id, attempt.id, at(2_000));
    const before = await snapshotQuizTables(testDb.prisma);
    const again = await failure(submitAttempt(testDb.prisma, user.id, attempt.id, at(3_000)));
    expect(again.status).toBe(409);
    expect(again.message).toMatch(/already been submitted/);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("lets exactly one of two simultaneous submits through", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0", "a-single-1"] }, now);
    const results = await Promise.allSettled([1, 2, 3].map(() => submitAttempt(testDb.prisma, user.id, attempt.id, at(1_000))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).status).toBe(409);
  });

  it("never loses a race: an answer saved alongside the submit is either refused or in the score", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    for (let round = 0; round < 8; round++) {
      const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0"] }, now);
      const [saved, submitted] = await Promise.allSettled([
        saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 0 }, at(1_000)),
        submitAttempt(testDb.prisma, user.id, attempt.id, at(1_000)),
      ]);
      expect(submitted.status).toBe("fulfilled");
      const score = (await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score;
      expect(score).toBe(saved.status === "fulfilled" ? 2 : 0);
      if (saved.status === "rejected") expect((saved.reason as AppError).status).toBe(409);
    }
  });

  it("closes an abandoned test at its deadline once the grace period is over, and not before", async () => {
    await seedQuizBank(testDb.prisma);
    const user = await createTestUser(testDb.prisma);
    const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-single-0"], timeLimitMs: 60_000 }, now);
    await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 0 }, at(30_000));
    await closeIfExpired(testDb.prisma, user.id, attempt.id, at(60_000 + GRACE_MS));
    expect((await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).submittedAt).toBeNull();
    await closeIfExpired(testDb.prisma, user.id, attempt.id, at(3_600_000));
    const row = await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.submittedAt).toEqual(attempt.deadline);
    expect(row.score).toBe(2);
    await closeIfExpired(testDb.prisma, user.id, attempt.id, at(7_200_000));
    expect(await testDb.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).toEqual(row);
  });
});
