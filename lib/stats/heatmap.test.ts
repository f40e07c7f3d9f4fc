import { describe, expect, it } from "vitest";
import { lastDays } from "./days";
import { heatLevel, heatmapLayout } from "./heatmap";

describe("heatmapLayout", () => {
  it("places days in week columns starting on Sunday", () => {
    // 2026-05-06 is a Wednesday.
    const map = heatmapLayout(lastDays("2026-05-11", 6).map((day, i) => ({ day, reviews: i })));
    expect(map.cells.map((c) => [c.day, c.week, c.weekday])).toEqual([
      ["2026-05-06", 0, 3],
      ["2026-05-07", 0, 4],
      ["2026-05-08", 0, 5],
      ["2026-05-09", 0, 6],
      ["2026-05-10", 1, 0],
      ["2026-05-11", 1, 1],
    ]);
    expect(map.weeks).toBe(2);
    expect(map.max).toBe(5);
  });

  it("gives a year of days one distinct cell each", () => {
    const map = heatmapLayout(lastDays("2026-05-11", 365).map((day) => ({ day, reviews: 1 })));
    const slots = new Set(map.cells.map((c) => `${c.week}:${c.weekday}`));
    expect(slots.size).toBe(365);
    expect(Math.max(...map.cells.map((c) => c.week))).toBe(map.weeks - 1);
  });

  it("is empty for no days", () => {
    expect(heatmapLayout([])).toEqual({ cells: [], weeks: 0, max: 0 });
  });
});

describe("heatLevel", () => {
  it("keeps level 0 for days without reviews only, and rises with the count", () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(3, 10)).toBe(2);
    expect(heatLevel(10, 10)).toBe(4);
    let previous = 0;
    for (let n = 1; n <= 40; n++) {
      const level = heatLevel(n, 40);
      expect(level).toBeGreaterThanOrEqual(Math.max(1, previous));
      previous = level;
    }
  });
});
