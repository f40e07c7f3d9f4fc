import { describe, expect, it } from "vitest";
import { bucketDue, dueForecast } from "./forecast";

const TODAY = "2026-05-11";

describe("dueForecast", () => {
  it("folds overdue cards into today and fills empty days", () => {
    const days = dueForecast(
      [
        { day: "2026-05-01", count: 2 },
        { day: "2026-05-10", count: 1 },
        { day: "2026-05-11", count: 4 },
        { day: "2026-05-13", count: 3 },
        { day: "2026-06-09", count: 6 }, // today + 29: the last day shown
        { day: "2026-06-10", count: 50 }, // today + 30: beyond the forecast
      ],
      TODAY,
    );
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: TODAY, count: 7, overdue: 3 });
    expect(days[1]).toEqual({ day: "2026-05-12", count: 0, overdue: 0 });
    expect(days[2]).toEqual({ day: "2026-05-13", count: 3, overdue: 0 });
    expect(days[29]).toEqual({ day: "2026-06-09", count: 6, overdue: 0 });
    expect(days.reduce((n, d) => n + d.count, 0)).toBe(2 + 1 + 4 + 3 + 6);
  });
});

describe("bucketDue", () => {
  it("buckets due dates by the student's study day and skips new and suspended cards", () => {
    const clock = { timeZone: "Asia/Kolkata", dayStartHour: 4 };
    const rows = bucketDue(
      [
        { due: new Date("2026-05-10T22:00:00Z"), state: "review", suspended: false }, // 03:30 IST: the 10th
        { due: new Date("2026-05-10T22:30:00Z"), state: "learning", suspended: false }, // 04:00 IST: the 11th
        { due: new Date("2026-05-11T10:00:00Z"), state: "relearning", suspended: false },
        { due: new Date("2026-05-11T10:00:00Z"), state: "review", suspended: true },
        { due: new Date("2026-05-11T10:00:00Z"), state: "new", suspended: false },
      ],
      clock,
    );
    expect(rows).toEqual([
      { day: "2026-05-10", count: 1 },
      { day: "2026-05-11", count: 2 },
    ]);
  });
});
