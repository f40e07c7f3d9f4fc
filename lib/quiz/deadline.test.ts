import { describe, expect, it } from "vitest";
import { deadlineFor, defaultTimeLimit, isAnswerAccepted } from "./deadline";

const deadline = new Date("2026-05-24T11:30:00.000Z");
const at = (ms: number) => new Date(deadline.getTime() + ms);

describe("deadline", () => {
  it("allows 1.2 minutes per question: 2 hours for 100", () => {
    expect(defaultTimeLimit(100)).toBe(2 * 60 * 60 * 1000);
    expect(defaultTimeLimit(1)).toBe(72_000);
    expect(defaultTimeLimit(0)).toBe(0);
    for (let n = 1; n <= 150; n++) expect(defaultTimeLimit(n) - defaultTimeLimit(n - 1)).toBe(1.2 * 60_000);
    expect(() => defaultTimeLimit(-1)).toThrow(RangeError);
    expect(() => defaultTimeLimit(2.5)).toThrow(RangeError);
  });

  it("accepts answers up to and including deadline + grace, and nothing later", () => {
    for (const grace of [0, 1, 5_000]) {
      expect(isAnswerAccepted(at(-60_000), deadline, grace)).toBe(true);
      expect(isAnswerAccepted(at(grace), deadline, grace)).toBe(true);
      expect(isAnswerAccepted(at(grace + 1), deadline, grace)).toBe(false);
    }
  });

  it("computes the deadline from the start and the limit", () => {
    const start = new Date("2026-05-24T09:30:00.000Z");
    expect(deadlineFor(start, defaultTimeLimit(100))).toEqual(deadline);
  });

  it("rejects invalid dates and grace periods", () => {
    expect(() => isAnswerAccepted(new Date("nonsense"), deadline, 0)).toThrow(/answeredAt/);
    expect(() => isAnswerAccepted(deadline, deadline, -1)).toThrow(/graceMs/);
    expect(() => isAnswerAccepted(deadline, deadline, Number.NaN)).toThrow(/graceMs/);
  });
});
