import { describe, expect, it } from "vitest";
import { shiftStudyDay, studyDayStart } from "@/lib/srs";
import { studyDayStarts } from "./day-starts";

describe("studyDayStarts", () => {
  it.each([
    ["America/New_York", 4],
    ["America/New_York", 2], // 2 a.m. is skipped once a year and, at 1 a.m., repeated once
    ["America/New_York", 1],
    ["Europe/London", 1],
    ["Australia/Lord_Howe", 2], // half-hour DST
    ["Asia/Kolkata", 4],
    ["Asia/Kathmandu", 0],
    ["Africa/Casablanca", 3], // clocks change around Ramadan, twice within weeks
    ["Pacific/Apia", 4], // skipped a whole calendar day in 2011
  ] as const)("gives studyDayStart for every day across two years in %s, day start %i", (zone, hour) => {
    const first = "2010-06-01";
    const starts = studyDayStarts(first, 800, zone, hour);
    expect(starts).toHaveLength(800);
    starts.forEach((start, i) => expect(start.toISOString()).toBe(studyDayStart(shiftStudyDay(first, i), zone, hour).toISOString()));
  });

  it("is strictly increasing", () => {
    const starts = studyDayStarts("2025-01-01", 730, "America/New_York", 4).map((d) => d.getTime());
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]!);
  });
});
