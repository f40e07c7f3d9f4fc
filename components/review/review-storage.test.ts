import { describe, expect, it } from "vitest";
import type { GradeOp } from "./review-api";
import { asGradeOp, asStoredSession } from "./review-storage";

const op: GradeOp = {
  reviewId: "r1",
  cardId: "c1",
  rating: 3,
  baseVersion: 2,
  durationMs: 4100,
  kind: "review",
  front: "Which body…",
  next: { state: "review", due: "2026-12-03T00:00:00.000Z" },
  answeredAt: "2026-11-29T10:00:00.000Z",
  schedule: {
    due: "2026-12-03T00:00:00.000Z",
    stability: 4.2,
    difficulty: 5.1,
    elapsedDays: 2,
    scheduledDays: 4,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: "review",
    lastReview: "2026-11-29T10:00:00.000Z",
  },
};

describe("stored answers (the offline outbox)", () => {
  it("keeps a whole answer as it was stored, through JSON", () => {
    expect(asGradeOp(JSON.parse(JSON.stringify(op)))).toEqual(op);
  });

  it("accepts an answer an older version stored, without answeredAt, schedule or next", () => {
    const { answeredAt: _a, schedule: _s, next: _n, ...old } = op;
    expect(asGradeOp(old)).toEqual({ ...old, next: null });
  });

  it("drops what is not an answer, so one damaged entry cannot stop the outbox", () => {
    const bad: unknown[] = [
      null,
      "r1",
      [],
      { ...op, rating: 5 },
      { ...op, rating: "3" },
      { ...op, reviewId: 7 },
      { ...op, baseVersion: Number.NaN },
      { ...op, kind: "graduated" },
      { ...op, next: { state: "done", due: "x" } },
      { ...op, answeredAt: 12 },
      { ...op, schedule: { ...op.schedule, state: "gone" } },
      { ...op, schedule: { ...op.schedule, reps: "3" } },
    ];
    for (const entry of bad) expect(asGradeOp(entry), JSON.stringify(entry)).toBeNull();
  });

  it("does not carry unknown fields along", () => {
    expect(asGradeOp({ ...op, extra: "x" })).toEqual(op);
  });
});

describe("stored review sessions", () => {
  it("reads a session, and an older one without the seen list", () => {
    const session = { startedAt: "2026-11-29T09:00:00.000Z", phase: "studying", undo: [{ reviewId: "r1", cardId: "c1" }], seen: ["c1"] };
    expect(asStoredSession(session)).toEqual(session);
    const { seen: _seen, ...older } = session;
    expect(asStoredSession(older)).toEqual({ ...older, seen: [] });
  });

  it("refuses a session with a wrong phase or a damaged undo stack", () => {
    const base = { startedAt: "2026-11-29T09:00:00.000Z", phase: "studying", undo: [], seen: [] };
    expect(asStoredSession({ ...base, phase: "paused" })).toBeNull();
    expect(asStoredSession({ ...base, undo: [{ reviewId: "r1" }] })).toBeNull();
    expect(asStoredSession({ ...base, seen: [1] })).toBeNull();
    expect(asStoredSession({ ...base, startedAt: undefined })).toBeNull();
  });
});
