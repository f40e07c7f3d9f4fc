// The grade path reads and writes outside Prisma's query layer (server/db/plain-sql.ts). What it
// writes must be exactly what Prisma reads, and what it reads exactly what Prisma wrote, to the
// millisecond, whatever the time zone of the database session.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findGradeContext } from "@/server/queries/review-grade-context";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { gradeCard } from "./grade-card";
import { seedDeck } from "./test-fixtures";

const db = withTestDatabase();

describe("the grade path's plain SQL", () => {
  // PGlite has one connection, so the zone holds for every statement; on PostgreSQL the pool hands
  // sequential statements the connection it got back last, so it holds there too.
  it.each(["Asia/Kolkata", "America/Los_Angeles", "UTC"])("writes the state and log Prisma reads back, and reads back what Prisma wrote (session time zone %s)", async (zone) => {
    const prisma = db.prisma;
    await prisma.$executeRawUnsafe(`SET TimeZone = '${zone}'`);
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const cardId = cardIds[0]!;
    const now = new Date("2026-05-04T10:11:12.345Z");

    const first = await gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0, durationMs: 1500 }, now);
    const stored = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(stored.due.toISOString()).toBe(first.due);
    expect(stored.lastReview?.toISOString()).toBe(now.toISOString());
    expect(stored.updatedAt.toISOString()).toBe(now.toISOString());
    const log = await prisma.reviewLog.findFirstOrThrow({ where: { userId: user.id, cardId } });
    expect(log.reviewedAt.toISOString()).toBe(now.toISOString());

    // A state written by Prisma (as undo and flags do), read by the grade path.
    const due = new Date("2026-06-01T23:59:59.999Z");
    await prisma.cardState.update({
      where: { userId_cardId: { userId: user.id, cardId } },
      data: { due, stability: 12.345678901234, difficulty: 5.5, elapsedDays: 3, scheduledDays: 28, reps: 7, lapses: 2, needsRelearn: true },
    });
    const context = await findGradeContext(prisma, user.id, cardId);
    const again = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(context?.state).toEqual({
      state: again.state,
      due: again.due,
      stability: again.stability,
      difficulty: again.difficulty,
      elapsedDays: again.elapsedDays,
      scheduledDays: again.scheduledDays,
      learningSteps: again.learningSteps,
      reps: again.reps,
      lapses: again.lapses,
      lastReview: again.lastReview,
      version: again.version,
      suspended: again.suspended,
      needsRelearn: again.needsRelearn,
    });
    expect(context?.card).toEqual({ retiredAt: null });
    await prisma.$executeRawUnsafe(`SET TimeZone = 'UTC'`);
  });
});
