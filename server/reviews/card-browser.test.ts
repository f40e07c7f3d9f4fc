import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cardBrowserFiltersSchema } from "@/lib/review/card-browser-filters";
import { searchCards } from "@/server/queries/card-browser";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { gradeCard } from "./grade-card";
import { loadReviewQueue } from "./load-queue";
import { resetCard } from "./reset-card";
import { setCardFlags } from "./set-card-flags";
import { seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const NOW = new Date("2026-05-11T06:30:00Z");
const filters = (input: Record<string, unknown>) => cardBrowserFiltersSchema.parse(input);

describe("card browser", () => {
  it("finds cards by text, topic and state (new, learning, review, suspended, flagged), with schedule and history", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const other = await createTestUser(prisma);
    const { cardIds, topicIds } = await seedDeck(prisma, { topics: 2, perTopic: 3, exclusive: true });
    const c = cardIds as string[];
    const grade = (userId: string, cardId: string, rating: 1 | 2 | 3 | 4, baseVersion = 0) =>
      gradeCard(prisma, userId, { reviewId: randomUUID(), cardId, rating, baseVersion, durationMs: 1000 }, NOW, { fuzz: false });
    await grade(user.id, c[0]!, 4); // review
    await grade(user.id, c[1]!, 1); // learning
    await setCardFlags(prisma, user.id, { cardId: c[2]!, suspended: true }, NOW);
    await setCardFlags(prisma, user.id, { cardId: c[3]!, flagged: true }, NOW);
    await grade(other.id, c[4]!, 4); // someone else's review: still new for this student

    const ids = async (input: Record<string, unknown>) => (await searchCards(prisma, user.id, filters(input))).cards.map((card) => card.id);
    expect(await ids({})).toEqual(c);
    expect(await ids({ state: "review" })).toEqual([c[0]]);
    expect(await ids({ state: "learning" })).toEqual([c[1]]);
    expect(await ids({ state: "suspended" })).toEqual([c[2]]);
    expect(await ids({ state: "flagged" })).toEqual([c[3]]);
    expect(await ids({ state: "new" })).toEqual([c[2], c[3], c[4], c[5]]);
    expect(await ids({ topic: topicIds[1] })).toEqual([c[3], c[4], c[5]]);
    expect(await ids({ q: "question 3 OF TOPIC 2" })).toEqual([c[5]]);
    expect(await ids({ q: "100%" })).toEqual([]); // a literal %, not a wildcard
    expect(await ids({ q: "answer", state: "review", topic: topicIds[0] })).toEqual([c[0]]);
    expect(await ids({ state: "nonsense" })).toEqual(c); // unknown state: everything

    const [reviewed] = (await searchCards(prisma, user.id, filters({ state: "review" }))).cards;
    expect(reviewed).toMatchObject({ state: "review", reps: 1, suspended: false, flagged: false });
    expect(reviewed!.due!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(reviewed!.history).toEqual([{ reviewedAt: NOW, rating: 4, state: "new", undone: false }]);
  });

  it("reset makes a card new again: it returns through the new-card queue, keeps its history and flags, and refuses a stale answer", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    await prisma.studySettings.update({ where: { userId: user.id }, data: { newCardsPerDay: 5, timeZone: "Asia/Kolkata", dayStartHour: 4 } });
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1, exclusive: true });
    const cardId = cardIds[0]!;
    await gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating: 4, baseVersion: 0, durationMs: 1000 }, new Date(NOW.getTime() - 3 * 86_400_000), { fuzz: false });
    await setCardFlags(prisma, user.id, { cardId, flagged: true }, NOW);
    expect(await resetCard(prisma, user.id, cardId, NOW)).toEqual({ cardId, state: "new", version: 2 });
    const [card] = (await searchCards(prisma, user.id, filters({}))).cards;
    expect(card).toMatchObject({ state: "new", reps: 0, lapses: 0, due: null, flagged: true });
    expect(card!.history).toHaveLength(1);
    const queue = await loadReviewQueue(prisma, user.id, { fuzz: false }, NOW);
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([[cardId, "new"]]);
    await expect(gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 1, durationMs: 0 }, NOW)).rejects.toMatchObject({ code: "conflict" });
    await expect(resetCard(prisma, user.id, "no-such-card", NOW)).rejects.toMatchObject({ code: "not_found" });
  });
});
