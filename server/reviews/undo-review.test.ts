import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GRADES, rollbackReview, type Grade } from "@/lib/srs";
import { createTestUser } from "@/server/testing/test-users";
import { withTestDatabase } from "@/server/testing/test-database";
import { AppError } from "@/server/errors";
import { decodePrevious, reviewLogEntryFromRow, scheduleFromRow } from "./card-state-mapper";
import { gradeCard } from "./grade-card";
import { undoReview } from "./undo-review";
import { reviewSnapshot, seedDeck } from "./test-fixtures";

const testDb = withTestDatabase();
const T0 = new Date("2026-03-02T06:00:00Z");
const MINUTE = 60_000;

const grade = (userId: string, cardId: string, rating: Grade, baseVersion: number, now: Date) =>
  gradeCard(testDb.prisma, userId, { reviewId: randomUUID(), cardId, rating, baseVersion, durationMs: 1000 }, now, { fuzz: false });
const undo = (userId: string, reviewId: string, now: Date) => undoReview(testDb.prisma, userId, { reviewId }, now);
const stateOf = (userId: string, cardId: string) =>
  testDb.prisma.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

describe("undoReview", () => {
  it("restores the exact previous state in every state and for every grade, keeps the log, moves the version on", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const cardId = cardIds[0]!;
    let version = 0;
    let now = T0;
    const visited = new Set<string>();
    // Walk the card through new, learning, review and relearning; at each stop try every grade and undo it.
    for (const step of [3, 3, 3, 1, 3, 3] as Grade[]) {
      await prisma.cardState.updateMany({ where: { userId: user.id, cardId }, data: { needsRelearn: version % 2 === 1 } });
      const before = await stateOf(user.id, cardId);
      visited.add(before?.state ?? "none");
      for (const rating of GRADES) {
        const result = await grade(user.id, cardId, rating, version, now);
        const log = await prisma.reviewLog.findUniqueOrThrow({ where: { id: result.reviewId } });
        const undone = await undo(user.id, result.reviewId, new Date(now.getTime() + 1000));
        version += 2;
        expect(undone.version).toBe(version);
        const after = await stateOf(user.id, cardId);
        const { createdAt: _c, updatedAt: _u, version: _v, ...restored } = after!;
        if (before) {
          const { createdAt: _c2, updatedAt: _u2, version: _v2, ...original } = before;
          expect(restored).toEqual(original);
          // The stored snapshot and lib/srs's rollback agree on the schedule.
          expect(rollbackReview(decodePrevious(log.previous).next, reviewLogEntryFromRow(log))).toEqual(scheduleFromRow(before));
        } else {
          expect(restored).toMatchObject({ state: "new", reps: 0, lastReview: null, needsRelearn: false });
        }
        const kept = await prisma.reviewLog.findUniqueOrThrow({ where: { id: result.reviewId } });
        expect(kept.undoneAt).not.toBeNull();
      }
      const moved = await grade(user.id, cardId, step, version, now);
      version = moved.version;
      now = new Date(Math.max(new Date(moved.due).getTime(), now.getTime() + MINUTE));
    }
    expect(visited).toEqual(new Set(["none", "learning", "review", "relearning"]));
  });

  it("undoing twice returns the first result and changes nothing more", async () => {
    const { prisma } = testDb;
    const user = await createTestUser(prisma);
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const result = await grade(user.id, cardIds[0]!, 3, 0, T0);
    const first = await undo(user.id, result.reviewId, T0);
    const before = await reviewSnapshot(prisma, user.id);
    expect(await undo(user.id, result.reviewId, new Date(T0.getTime() + MINUTE))).toEqual(first);
    expect(await reviewSnapshot(prisma, user.id)).toEqual(before);
  });

  it("refuses someone else's review id as unknown (404) and an answer that is no longer the latest (409)", async () => {
    const { prisma } = testDb;
    const [owner, other] = [await createTestUser(prisma), await createTestUser(prisma)];
    const { cardIds } = await seedDeck(prisma, { topics: 1, perTopic: 1 });
    const cardId = cardIds[0]!;
    const first = await grade(owner.id, cardId, 1, 0, T0);
    await grade(owner.id, cardId, 3, 1, new Date(T0.getTime() + 2 * MINUTE));
    const before = await reviewSnapshot(prisma, owner.id);
    const foreign = await rejection(undo(other.id, first.reviewId, T0));
    expect(foreign).toMatchObject({ code: "not_found", message: "There is no answer of yours with this review id to undo." });
    const unknown = await rejection(undo(owner.id, randomUUID(), T0));
    expect(unknown).toMatchObject({ code: "not_found" });
    const stale = await rejection(undo(owner.id, first.reviewId, T0));
    expect(stale).toMatchObject({ code: "conflict", message: expect.stringMatching(/Only the latest answer/) });
    expect(await reviewSnapshot(prisma, owner.id)).toEqual(before);
  });
});
