import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import type { AppError } from "@/server/errors";
import { renderOptions } from "@/lib/quiz/render-options";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { BANK, seedQuizBank, snapshotQuizTables } from "./testing/quiz-fixtures";
import { startAttempt } from "./start-attempt";
import { saveAnswer } from "./save-answer";
import { submitAttempt } from "./submit-attempt";
import { addMistakesToReview } from "./mistakes-to-review";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);
const question = (id: string) => BANK.find((q) => q.id === id) as PrelimsQuestion;

/** a-multi has statements 1 and 3 true; "1 and 2 only" misjudges statements 2 and 3. a-single-0 is answered right, b-single-3 left blank. */
async function finishedTest() {
  await seedQuizBank(testDb.prisma);
  const user = await createTestUser(testDb.prisma);
  const attempt = await startAttempt(testDb.prisma, user.id, { mode: "mock", questionIds: ["a-multi", "a-single-0", "b-single-3"] }, now);
  const wrongOption = renderOptions(question("a-multi")).indexOf("1 and 2 only");
  expect(wrongOption).toBeGreaterThanOrEqual(0);
  await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-multi", chosenIndex: wrongOption }, at(1_000));
  await saveAnswer(testDb.prisma, user.id, attempt.id, { questionId: "a-single-0", chosenIndex: 0 }, at(1_000));
  await submitAttempt(testDb.prisma, user.id, attempt.id, at(2_000));
  return { user, attempt };
}

describe("addMistakesToReview", () => {
  it("adds, due now, exactly the cards about the misjudged statements' facts", async () => {
    const { user, attempt } = await finishedTest();
    const later = at(60_000);
    const result = await addMistakesToReview(testDb.prisma, user.id, attempt.id, later);
    expect(result).toEqual({ wrongAnswers: 1, facts: 2, added: 3, skipped: 0 });
    const states = await testDb.prisma.cardState.findMany({ where: { userId: user.id }, orderBy: { cardId: "asc" } });
    // card-s12 covers statements 1 and 2, so statement 2 pulls it in too.
    expect(states.map((s) => s.cardId)).toEqual(["card-s12", "card-s2", "card-s3"]);
    for (const s of states) expect(s).toMatchObject({ state: "new", addedFrom: "mistake", due: later, suspended: false });
  });

  it("skips cards the student already has and adds nothing the second time", async () => {
    const { user, attempt } = await finishedTest();
    const reviewed = { userId: user.id, cardId: "card-s3", state: "review" as const, due: at(86_400_000 * 5), reps: 3, addedFrom: "queue" };
    await testDb.prisma.cardState.create({ data: reviewed });
    expect(await addMistakesToReview(testDb.prisma, user.id, attempt.id, at(10_000))).toMatchObject({ added: 2, skipped: 1 });
    expect(await testDb.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "card-s3" } } })).toMatchObject({ state: "review", reps: 3 });
    const before = await snapshotQuizTables(testDb.prisma);
    expect(await addMistakesToReview(testDb.prisma, user.id, attempt.id, at(20_000))).toMatchObject({ added: 0, skipped: 3 });
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("leaves retired cards out, and is a 404 on someone else's attempt", async () => {
    const { user, attempt } = await finishedTest();
    await testDb.prisma.flashcard.update({ where: { id: "card-s12" }, data: { retiredAt: now } });
    try {
      expect(await addMistakesToReview(testDb.prisma, user.id, attempt.id, at(10_000))).toMatchObject({ added: 2 });
      const other = await createTestUser(testDb.prisma);
      const before = await snapshotQuizTables(testDb.prisma);
      const error = await addMistakesToReview(testDb.prisma, other.id, attempt.id, at(10_000)).catch((e: AppError) => e);
      expect((error as AppError).status).toBe(404);
      expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
    } finally {
      await testDb.prisma.flashcard.update({ where: { id: "card-s12" }, data: { retiredAt: null } });
    }
  });
});
