import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { GradeOp, ReviewQueueDto } from "@/components/review/review-api";
import { addToOutbox, keepNextDayQueue, readOutbox, readQueue, removeFromOutbox, saveQueue } from "./offline-db";

const op = (reviewId: string, cardId = "c1"): GradeOp => ({
  reviewId, cardId, rating: 3, baseVersion: 1, durationMs: 1000, kind: "new", front: "Front", next: null,
});
const queue = (generatedAt: string, dayEndsAt = "2026-11-29T22:30:00.000Z"): ReviewQueueDto => ({
  generatedAt, dayEndsAt, topic: null, counts: { new: 1, learning: 0, due: 0 }, items: [], nextDueAt: null,
  scheduling: { settings: {} as ReviewQueueDto["scheduling"]["settings"], fuzz: false },
});

describe("the device's outbox (IndexedDB)", () => {
  it("gives back each student's own answers in the order they were given, and forgets sent ones", async () => {
    for (const id of ["a1", "a2", "a3"]) await addToOutbox("ana", op(id));
    await addToOutbox("ben", op("b1"));
    await addToOutbox("ana", op("a4"));
    expect((await readOutbox("ana")).map((o) => o.reviewId)).toEqual(["a1", "a2", "a3", "a4"]);
    expect((await readOutbox("ben")).map((o) => o.reviewId)).toEqual(["b1"]);
    await removeFromOutbox("a2");
    expect((await readOutbox("ana")).map((o) => o.reviewId)).toEqual(["a1", "a3", "a4"]);
  });

  it("keeps one entry per review id: storing the same answer again does not send it twice", async () => {
    await addToOutbox("cy", op("c1"));
    await addToOutbox("cy", op("c1"));
    expect((await readOutbox("cy")).map((o) => o.reviewId)).toEqual(["c1"]);
  });
});

describe("the device's queues (IndexedDB)", () => {
  it("keeps the newer of the stored queue and the one offered (a page from cache brings an older one)", async () => {
    await saveQueue("dee", "all", queue("2026-11-29T10:00:00.000Z"));
    await saveQueue("dee", "all", queue("2026-11-29T09:00:00.000Z"));
    expect((await readQueue("dee", "all"))?.generatedAt).toBe("2026-11-29T10:00:00.000Z");
    await saveQueue("dee", "all", queue("2026-11-29T11:00:00.000Z"));
    expect((await readQueue("dee", "all"))?.generatedAt).toBe("2026-11-29T11:00:00.000Z");
    expect(await readQueue("eve", "all")).toBeNull();
  });

  it("keeps only the latest next-day queue of a student, and nobody else's is touched", async () => {
    await keepNextDayQueue("fay", "all@2026-11-28T22:30:00.000Z", queue("2026-11-28T20:00:00.000Z"));
    await keepNextDayQueue("gus", "all@2026-11-28T22:30:00.000Z", queue("2026-11-28T20:00:00.000Z"));
    await keepNextDayQueue("fay", "all@2026-11-29T22:30:00.000Z", queue("2026-11-29T20:00:00.000Z"));
    expect(await readQueue("fay", "all@2026-11-28T22:30:00.000Z")).toBeNull();
    expect((await readQueue("fay", "all@2026-11-29T22:30:00.000Z"))?.generatedAt).toBe("2026-11-29T20:00:00.000Z");
    expect(await readQueue("gus", "all@2026-11-28T22:30:00.000Z")).not.toBeNull();
  });
});
