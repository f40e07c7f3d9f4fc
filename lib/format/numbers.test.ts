import { describe, expect, it } from "vitest";
import { formatDecimalMarks, formatPercent } from "./numbers";

describe("numbers", () => {
  it("percents, or a dash when there is nothing to show", () => {
    expect(formatPercent(0.8666)).toBe("87%");
    expect(formatPercent(0.8666, 1)).toBe("86.7%");
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(Number.NaN)).toBe("–");
  });

  it("marks with two decimals at most and a true minus", () => {
    expect(formatDecimalMarks(-4 / 3)).toBe("\u22121.33");
    expect(formatDecimalMarks(4.5)).toBe("4.5");
  });
});
