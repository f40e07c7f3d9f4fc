import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { POST as grade } from "@/app/api/reviews/route";
import { POST as undo } from "@/app/api/reviews/undo/route";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { findGradeContext, type GradeContext } from "@/server/queries/review-grade-context";
import { gradeCard } from "./grade-card";

// Lets a test hand gradeCard a read taken earlier, as a request that lost a race would have.
const staleRead = vi.hoisted(() => ({ context: null as GradeContext | null }));
vi.mock("@/server/queries/review-grade-context", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/queries/review-grade-context")>();
  return {
    ...real,
    findGradeContext: async (...args: Parameters<typeof real.findGradeContext>) => {
      const stale = staleRead.context;
      staleRead.context = null;
      return stale ?? real.findGradeContext(...args);
    },
  };
});
import { seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();

const send = async (cookie: string, body: Record<string, unknown>) => {
  const res = await grade(apiRequest("/api/reviews", { cookie, body: { durationMs: 1500, ...body } }));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

async function setUp() {
  const user = await createTestUser(testDb.prisma);
  const { cardIds } = await seedDeck(testDb.prisma, { topics: 1, perTopic: 2 });
  return { user, cardIds: cardIds as [string, string] };
}

describe("two answers to the same card at once", () => {
  // Both a first answer (the CardState insert decides) and a later one (the version compare-and-set decides).
  for (const startVersion of [0, 1]) {
    it(`apply exactly once when the card is at version ${startVersion}`, async () => {
      const { user, cardIds } = await setUp();
      const cardId = cardIds[0];
      if (startVersion === 1) expect((await send(user.cookie, { reviewId: randomUUID(), cardId, rating: 4, baseVersion: 0 })).status).toBe(200);
      const results = await Promise.all(
        [3, 1].map((rating) => send(user.cookie, { reviewId: randomUUID(), cardId, rating, baseVersion: startVersion })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body).toEqual({
        error: { code: "conflict", message: expect.stringMatching(/answered somewhere else .* not saved/) },
      });
      expect(await testDb.prisma.reviewLog.count({ where: { userId: user.id, cardId, baseVersion: startVersion } })).toBe(1);
      const state = await testDb.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
      expect(state.version).toBe(startVersion + 1);
    });
  }

  it("the same review id sent twice at once gives the same answer twice and one log row", async () => {
    const { user, cardIds } = await setUp();
    for (const cardId of cardIds) {
      const body = { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0 };
      const [a, b] = await Promise.all([send(user.cookie, body), send(user.cookie, body)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body).toEqual(b.body);
      expect(await testDb.prisma.reviewLog.count({ where: { id: body.reviewId } })).toBe(1);
    }
  });

  it("two undos of one answer at once restore the card once", async () => {
    const { user, cardIds } = await setUp();
    const reviewId = randomUUID();
    await send(user.cookie, { reviewId, cardId: cardIds[1], rating: 3, baseVersion: 0 });
    const responses = await Promise.all([0, 1].map(() => undo(apiRequest("/api/reviews/undo", { cookie: user.cookie, body: { reviewId } }))));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(bodies[0]).toEqual(bodies[1]);
    const state = await testDb.prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: cardIds[1] } } });
    expect(state).toMatchObject({ version: 2, state: "new" });
  });
});

describe("the database, not the first read, decides", () => {
  const answer = (userId: string, cardId: string, rating: 1 | 3 | 4, baseVersion: number) =>
    gradeCard(testDb.prisma, userId, { reviewId: randomUUID(), cardId, rating, baseVersion, durationMs: 0 }, new Date(), { fuzz: false });

  for (const startVersion of [0, 1]) {
    it(`a request that read version ${startVersion} after it changed is refused by the write itself`, async () => {
      const { prisma } = testDb;
      const { user, cardIds } = await setUp();
      const cardId = cardIds[0];
      if (startVersion === 1) await answer(user.id, cardId, 4, 0);
      const read = await findGradeContext(prisma, user.id, cardId);
      await answer(user.id, cardId, 3, startVersion);
      staleRead.context = read;
      const error = await answer(user.id, cardId, 1, startVersion).then(() => null, (e: unknown) => e);
      expect(error).toMatchObject({ code: "conflict", message: expect.stringMatching(/answered somewhere else/) });
      expect(await prisma.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(startVersion + 1);
      const logs = await prisma.reviewLog.findMany({ where: { userId: user.id, cardId, baseVersion: startVersion } });
      expect(logs.map((l) => l.rating)).toEqual([3]);
    });
  }

  it("the version compare-and-set alone stops an answer to a card that an undo changed meanwhile", async () => {
    const { prisma } = testDb;
    const { user, cardIds } = await setUp();
    const cardId = cardIds[0];
    const first = await answer(user.id, cardId, 3, 0);
    const read = await findGradeContext(prisma, user.id, cardId);
    // The undo adds no log, so no unique key can catch the stale answer below; only the version can.
    await undo(apiRequest("/api/reviews/undo", { cookie: user.cookie, body: { reviewId: first.reviewId } }));
    staleRead.context = read;
    await expect(answer(user.id, cardId, 1, 1)).rejects.toMatchObject({ code: "conflict" });
    const state = await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId } } });
    expect(state).toMatchObject({ version: 2, state: "new" });
    expect(await prisma.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(1);
  });

  it("ReviewLog refuses a second log for the same card and base version", async () => {
    const { prisma } = testDb;
    const { user, cardIds } = await setUp();
    const first = await answer(user.id, cardIds[1], 3, 0);
    const log = await prisma.reviewLog.findUniqueOrThrow({ where: { id: first.reviewId } });
    const duplicate = prisma.reviewLog.create({ data: { ...log, id: randomUUID(), previous: log.previous ?? {} } });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
  });
});
