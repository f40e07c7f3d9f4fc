import { describe, expect, it } from "vitest";
import { countWords, formatDuration, formatPercent, optionLetter, plural } from "./text";

describe("formatting for people", () => {
  it("durations keep seconds only while they matter", () => {
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 5 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
    expect(formatDuration(-5)).toBe("0 s");
  });

  it("percents, plurals, words and option letters", () => {
    expect(formatPercent(0.8666)).toBe("87%");
    expect(formatPercent(0.8666, 1)).toBe("86.7%");
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
    expect(plural(1, "review")).toBe("1 review");
    expect(plural(1200, "review")).toBe("1,200 reviews");
    expect(plural(2, "analysis", "analyses")).toBe("2 analyses");
    expect(countWords("  one two\n\tthree  ")).toBe(3);
    expect(countWords("")).toBe(0);
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(["(a)", "(b)", "(c)", "(d)"]);
  });
});
