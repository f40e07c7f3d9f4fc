import { describe, expect, it } from "vitest";
import { shiftStudyDay } from "@/lib/srs";
import { emptyDay, type DayActivity } from "./daily-activity";
import { retentionByWindow, retentionClass } from "./retention";

const TODAY = "2026-05-11";
const day = (ago: number, extra: Partial<DayActivity>): DayActivity => ({ ...emptyDay(shiftStudyDay(TODAY, -ago)), ...extra });

describe("retentionClass", () => {
  it("counts only review-state answers, mature from an interval of 21 days", () => {
    expect(retentionClass({ state: "review", scheduledDays: 20 })).toBe("young");
    expect(retentionClass({ state: "review", scheduledDays: 21 })).toBe("mature");
    for (const state of ["new", "learning", "relearning"]) expect(retentionClass({ state, scheduledDays: 30 })).toBeNull();
  });
});

describe("retentionByWindow", () => {
  const rows = [
    day(0, { youngTotal: 4, youngPassed: 3 }),
    day(6, { youngTotal: 1, youngPassed: 0, matureTotal: 2, maturePassed: 2 }), // last day of the 7-day window
    day(7, { youngTotal: 5, youngPassed: 5 }), // first day outside it
    day(29, { matureTotal: 10, maturePassed: 9 }),
    day(30, { matureTotal: 100, maturePassed: 50 }),
    day(364, { youngTotal: 1, youngPassed: 1 }),
    day(365, { youngTotal: 1000, youngPassed: 0 }), // a year and a day ago: in no window
    day(-1, { youngTotal: 7, youngPassed: 7 }), // tomorrow (a clock running ahead): in no window
  ];

  it("sums the hand-counted days of each window", () => {
    const [w7, w30, w365] = retentionByWindow(rows, TODAY);
    expect(w7).toEqual({
      days: 7,
      young: { passed: 3, total: 5, rate: 0.6 },
      mature: { passed: 2, total: 2, rate: 1 },
      all: { passed: 5, total: 7, rate: 5 / 7 },
    });
    expect(w30?.young).toEqual({ passed: 8, total: 10, rate: 0.8 });
    expect(w30?.mature).toEqual({ passed: 11, total: 12, rate: 11 / 12 });
    expect(w365?.young).toEqual({ passed: 9, total: 11, rate: 9 / 11 });
    expect(w365?.mature).toEqual({ passed: 61, total: 112, rate: 61 / 112 });
  });

  it("reports no rate rather than 0% when nothing was reviewed", () => {
    const [w7] = retentionByWindow([], TODAY);
    expect(w7?.young).toEqual({ passed: 0, total: 0, rate: null });
    expect(w7?.all.rate).toBeNull();
  });

  it("never counts more in a shorter window", () => {
    const [w7, w30, w365] = retentionByWindow(rows, TODAY);
    for (const key of ["young", "mature", "all"] as const) {
      expect(w7![key].total).toBeLessThanOrEqual(w30![key].total);
      expect(w30![key].total).toBeLessThanOrEqual(w365![key].total);
    }
  });
});
