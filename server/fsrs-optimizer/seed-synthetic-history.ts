import "server-only";
import { randomUUID } from "node:crypto";
import { syntheticHistory } from "@/lib/fsrs-optimizer/synthetic-history";
import type { Db } from "@/server/db";
import { encodePrevious, scheduleColumns } from "@/server/reviews/card-state-mapper";

/**
 * Writes a made-up review history (lib/fsrs-optimizer/synthetic-history) for one student over the given
 * cards, as the grade path would have stored it: ReviewLog rows and each card's final CardState. For
 * tests, the optimizer benchmark and the e2e seed route; the student must have no state on these cards.
 */
export async function seedSyntheticHistory(
  db: Db,
  userId: string,
  input: { cardIds: readonly string[]; reviews: number; trueWeights: readonly number[]; start: Date; seed: string | number },
): Promise<{ reviews: number; cards: number }> {
  const history = syntheticHistory({ trueWeights: input.trueWeights, reviews: input.reviews, start: input.start, seed: input.seed, maxCards: input.cardIds.length });
  const cardId = (index: number) => input.cardIds[index]!;
  const rows = history.map((h) => ({
    id: randomUUID(),
    userId,
    cardId: cardId(h.card),
    rating: h.rating,
    state: h.log.state,
    due: h.log.due,
    stability: h.log.stability,
    difficulty: h.log.difficulty,
    elapsedDays: h.log.elapsedDays,
    scheduledDays: h.log.scheduledDays,
    durationMs: 6000,
    reviewedAt: h.reviewedAt,
    baseVersion: h.baseVersion,
    previous: encodePrevious({
      schedule: h.before,
      hadRow: h.baseVersion > 0,
      needsRelearn: false,
      learningSteps: h.log.learningSteps,
      lastElapsedDays: h.log.lastElapsedDays,
      lastReview: h.log.lastReview,
      next: h.next,
    }),
  }));
  const last = new Map<number, (typeof history)[number]>();
  for (const h of history) last.set(h.card, h);
  await db.$transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await tx.reviewLog.createMany({ data: rows.slice(i, i + 1000) });
    await tx.cardState.createMany({
      data: [...last.values()].map((h) => ({ userId, cardId: cardId(h.card), ...scheduleColumns(h.next), version: h.baseVersion + 1 })),
    });
  });
  return { reviews: rows.length, cards: last.size };
}
