import { describe, expect, it } from "vitest";
import { formatDay, formatDuration, formatMarks, formatPercent, formatShortDay, plural, toMinutes } from "./format";

describe("formatting", () => {
  it("writes durations, percentages, days and marks for people", () => {
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 5 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
    expect(formatPercent(0.8666)).toBe("87%");
    expect(formatPercent(null)).toBe("–");
    expect(formatDay("2026-03-07")).toBe("7 Mar 2026");
    expect(formatShortDay("2026-03-07")).toBe("7 Mar");
    expect(formatMarks(-4 / 3)).toBe("\u22121.33");
    expect(formatMarks(4.5)).toBe("4.5");
    expect(toMinutes(90_000)).toBe(1.5);
    expect(plural(1, "review")).toBe("1 review");
    expect(plural(1200, "review")).toBe("1,200 reviews");
  });
});
