import { describe, expect, it } from "vitest";
import { assignmentProgress, maxMarksFor, type AssignmentFacts } from "./assignment-progress";
import { ASSIGNMENT_KINDS } from "./inputs";

const startsAt = new Date("2026-12-01T00:00:00Z");
const dueAt = new Date("2026-12-08T00:00:00Z");
const times = [new Date("2026-11-30T00:00:00Z"), new Date("2026-12-04T00:00:00Z"), new Date("2026-12-09T00:00:00Z")];

function* everyCase(): Generator<AssignmentFacts> {
  for (const kind of ASSIGNMENT_KINDS)
    for (const totalCards of [0, 1, 5])
      for (let reviewedCards = 0; reviewedCards <= totalCards + 1; reviewedCards++)
        for (const attempt of [null, { submittedAt: null, score: null }, { submittedAt: dueAt, score: 2.67 }])
          yield { kind, startsAt, dueAt, totalCards, reviewedCards, questionCount: 3, attempt };
}

describe("assignment progress", () => {
  it("keeps completion within 0..1 and calls an assignment complete exactly when completion is 1", () => {
    for (const facts of everyCase()) {
      for (const now of times) {
        const p = assignmentProgress(facts, now);
        expect(p.completion).toBeGreaterThanOrEqual(0);
        expect(p.completion).toBeLessThanOrEqual(1);
        expect(p.status === "complete").toBe(p.completion === 1);
      }
    }
  });

  it("is overdue only after the due date and never once complete", () => {
    for (const facts of everyCase()) {
      for (const now of times) {
        const p = assignmentProgress(facts, now);
        if (p.overdue) expect(now > dueAt && p.status !== "complete").toBe(true);
        if (now > dueAt && p.status !== "complete") expect(p.overdue).toBe(true);
      }
    }
  });

  it("only counts the parts the kind asks for", () => {
    for (const facts of everyCase()) {
      const p = assignmentProgress(facts, times[1]!);
      expect(p.review !== null).toBe(facts.kind !== "practice");
      expect(p.test !== null).toBe(facts.kind !== "review");
      if (p.review) expect(p.review.reviewed).toBeLessThanOrEqual(p.review.total);
      if (p.test?.state !== "submitted") expect(p.test?.score ?? null).toBeNull();
    }
  });

  it("reports a submitted score against the scheme's maximum (2 marks a question)", () => {
    const p = assignmentProgress({ kind: "both", startsAt, dueAt, totalCards: 4, reviewedCards: 4, questionCount: 3, attempt: { submittedAt: dueAt, score: 3.33 } }, times[1]!);
    expect(p.test).toEqual({ state: "submitted", score: 3.33, maxMarks: 6, done: true });
    expect(maxMarksFor(100)).toBe(200);
    expect(p.status).toBe("complete");
  });
});
