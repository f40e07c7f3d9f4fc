import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getSessionSummary } from "@/server/queries/review-summary";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { gradeCard } from "./grade-card";
import { undoReview } from "./undo-review";
import { seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const HOUR = 3_600_000;
// 20:00 in Kolkata on 11 May; tomorrow's study day (from 04:00 local) ends 2026-05-12T22:30Z.
const NOW = new Date("2026-05-11T14:30:00Z");
const TOMORROW_ENDS = new Date("2026-05-12T22:30:00Z");

describe("getSessionSummary", () => {
  it("counts the answers since the session began that were not undone, their accuracy and time, and tomorrow's load", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    await prisma.studySettings.update({ where: { userId: user.id }, data: { timeZone: "Asia/Kolkata", dayStartHour: 4 } });
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 8 });
    const c = cardIds as string[];
    const answer = (cardId: string, rating: 1 | 3 | 4, at: Date, durationMs: number) =>
      gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating, baseVersion: 0, durationMs }, at, { fuzz: false });
    const since = new Date(NOW.getTime() - HOUR);
    await answer(c[0]!, 3, new Date(since.getTime() - 1000), 9000); // before the session
    await answer(c[1]!, 1, new Date(NOW.getTime() - 50 * 60_000), 4000);
    await answer(c[2]!, 3, new Date(NOW.getTime() - 40 * 60_000), 6000);
    await answer(c[3]!, 4, new Date(NOW.getTime() - 30 * 60_000), 5000);
    const undone = await answer(c[4]!, 1, new Date(NOW.getTime() - 20 * 60_000), 7000);
    await undoReview(prisma, user.id, { reviewId: undone.reviewId }, NOW);

    // Due tomorrow: scheduled cards whose due date falls before tomorrow's study day ends.
    await prisma.cardState.createMany({
      data: [
        { userId: user.id, cardId: c[5]!, state: "review", due: new Date(TOMORROW_ENDS.getTime() - 1000), stability: 3, lastReview: NOW },
        { userId: user.id, cardId: c[6]!, state: "review", due: TOMORROW_ENDS, stability: 3, lastReview: NOW },
        { userId: user.id, cardId: c[7]!, state: "review", due: NOW, stability: 3, lastReview: NOW, suspended: true },
      ],
    });
    const summary = await getSessionSummary(prisma, user.id, since, NOW);
    expect(summary).toMatchObject({ reviewed: 3, timeSpentMs: 15000 });
    expect(summary.accuracy).toBeCloseTo(2 / 3);
    // c0, c1, c2 are learning (minutes away) and c5 falls just inside; c3 (Easy) is days away, c4 was
    // undone back to new, c6 falls exactly at the end and c7 is suspended.
    expect(summary.dueTomorrow).toBe(4);
  });

  it("reports no accuracy when nothing was answered", async () => {
    const user = await createTestUser(testDb.prisma);
    expect(await getSessionSummary(testDb.prisma, user.id, NOW, NOW)).toEqual({ reviewed: 0, accuracy: null, timeSpentMs: 0, dueTomorrow: 0 });
  });
});
