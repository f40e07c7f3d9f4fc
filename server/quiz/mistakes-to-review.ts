import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { wrongFacts } from "@/lib/quiz/wrong-facts";
import { loadAttemptQuestions } from "./question-bank";
import { outcomeOf } from "./feedback";
import { findOwnAttempt, isFinished } from "./attempt-access";

export type MistakesAdded = {
  /** Wrong answers in the attempt (blanks are not mistakes of judgement, so they are left out). */
  wrongAnswers: number;
  /** Facts behind those wrong answers. */
  facts: number;
  /** Cards put into today's review. */
  added: number;
  /** Cards about those facts the student already had (in any state), left as they were. */
  skipped: number;
};

/**
 * "Mistakes feed memory": every flashcard about a fact the student got wrong joins their daily
 * review as a new card due now. Cards they already have keep their schedule, so pressing the
 * button twice adds nothing the second time.
 */
export async function addMistakesToReview(db: Db, userId: string, attemptId: string, now: Date): Promise<MistakesAdded> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (!isFinished(attempt, now)) throw new AppError("conflict", "Finish the test first: mistakes are known only once it is submitted.");
  const questions = await loadAttemptQuestions(db, attempt.questionIds);
  const answers = await db.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, chosenIndex: true } });
  const chosen = new Map(answers.map((a) => [a.questionId, a.chosenIndex]));

  const wrong = questions.filter((q) => outcomeOf(q, chosen.get(q.id) ?? null) === "wrong");
  const factIds = [...new Set(wrong.flatMap((q) => wrongFacts(q, chosen.get(q.id) ?? null)))];
  if (factIds.length === 0) return { wrongAnswers: wrong.length, facts: 0, added: 0, skipped: 0 };

  const cards = await db.flashcard.findMany({ where: { factIds: { hasSome: factIds }, retiredAt: null, ownerId: null }, select: { id: true } });
  const cardIds = cards.map((c) => c.id);
  const owned = await db.cardState.findMany({ where: { userId, cardId: { in: cardIds } }, select: { cardId: true } });
  const have = new Set(owned.map((s) => s.cardId));
  const fresh = cardIds.filter((id) => !have.has(id));
  // skipDuplicates: a card added by a concurrent click or review in between is skipped, not an error.
  const created = fresh.length
    ? await db.cardState.createMany({
        data: fresh.map((cardId) => ({ userId, cardId, state: "new" as const, due: now, addedFrom: "mistake" })),
        skipDuplicates: true,
      })
    : { count: 0 };
  return { wrongAnswers: wrong.length, facts: factIds.length, added: created.count, skipped: cardIds.length - created.count };
}
