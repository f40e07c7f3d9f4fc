import "server-only";
import { z } from "zod";
import { default_w } from "ts-fsrs";
import type { Db } from "@/server/db";
import { serverEnv, type ServerEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { seedSyntheticHistory } from "./seed-synthetic-history";

export const seedHistoryInputSchema = z.strictObject({
  reviews: z.number({ error: "reviews must be a whole number from 1 to 20000" }).int().min(1).max(20_000, { error: "reviews must be a whole number from 1 to 20000" }),
});

/** On only where scripts/e2e-server.sh turns it on; everywhere else the route does not exist. */
export function e2eSeedRoutesEnabled(env: ServerEnv = serverEnv()): boolean {
  return env.E2E_SEED_ROUTES === "true";
}

// The made-up student remembers better than FSRS-6's defaults assume, so optimizing has something to find.
const E2E_TRUTH = default_w.map((w, i) => (i === 0 ? 1 : i === 1 ? 3 : i === 2 ? 8 : i === 3 ? 30 : w));

/**
 * E2E only: gives the calling student a synthetic history of `reviews` answers over catalogue cards
 * they have not studied, over the 200 days before now.
 */
export async function seedE2eHistory(db: Db, userId: string, input: z.output<typeof seedHistoryInputSchema>, now: Date, env?: ServerEnv) {
  if (!e2eSeedRoutesEnabled(env)) throw new AppError("not_found", "Not found.");
  const cards = await db.flashcard.findMany({
    where: { retiredAt: null, topic: { ownerId: null, retiredAt: null }, states: { none: { userId } } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 150,
  });
  if (cards.length === 0) throw new AppError("conflict", "There are no catalogue cards to seed a history on.");
  const start = new Date(now.getTime() - 200 * 86_400_000);
  return seedSyntheticHistory(db, userId, { cardIds: cards.map((c) => c.id), reviews: input.reviews, trueWeights: E2E_TRUTH, start, seed: userId });
}
