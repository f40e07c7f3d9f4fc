import { describe, expect, it } from "vitest";
import { createRandom } from "../quiz/seeded-random";
import { nextStudyDayStart, shiftStudyDay, studyDayOf, studyDayStart } from "./study-day";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

/**
 * Hand-computed from the 2026 rules: New York springs forward on 8 March at 02:00 EST (07:00Z) and
 * falls back on 1 November at 02:00 EDT (06:00Z); London on 29 March at 01:00 GMT and 25 October at
 * 01:00 GMT; Lord Howe moves its clocks half an hour on 4 October at 02:00 (15:30Z the day before).
 * Kolkata is +05:30 and Kathmandu +05:45 all year.
 */
const STARTS: [zone: string, hour: number, day: string, start: string][] = [
  ["Asia/Kolkata", 4, "2026-05-11", "2026-05-10T22:30:00Z"],
  ["Asia/Kolkata", 0, "2026-05-11", "2026-05-10T18:30:00Z"],
  ["Asia/Kathmandu", 4, "2026-06-01", "2026-05-31T22:15:00Z"],
  ["America/New_York", 4, "2026-03-07", "2026-03-07T09:00:00Z"],
  ["America/New_York", 4, "2026-03-08", "2026-03-08T08:00:00Z"],
  ["America/New_York", 2, "2026-03-08", "2026-03-08T07:00:00Z"], // 2 a.m. skipped: 3 a.m. EDT
  ["America/New_York", 4, "2026-10-31", "2026-10-31T08:00:00Z"],
  ["America/New_York", 4, "2026-11-01", "2026-11-01T09:00:00Z"],
  ["America/New_York", 1, "2026-11-01", "2026-11-01T05:00:00Z"], // 1 a.m. happens twice: the first
  ["Europe/London", 4, "2026-03-28", "2026-03-28T04:00:00Z"],
  ["Europe/London", 4, "2026-03-29", "2026-03-29T03:00:00Z"],
  ["Europe/London", 1, "2026-03-29", "2026-03-29T01:00:00Z"], // 1 a.m. skipped: 2 a.m. BST
  ["Europe/London", 4, "2026-10-24", "2026-10-24T03:00:00Z"],
  ["Europe/London", 4, "2026-10-25", "2026-10-25T04:00:00Z"],
  ["Europe/London", 0, "2026-07-15", "2026-07-14T23:00:00Z"],
  ["Australia/Lord_Howe", 2, "2026-10-04", "2026-10-03T15:30:00Z"], // 2:00 skipped: 2:30 daylight time
];

const DAYS_OF: [zone: string, hour: number, instant: string, day: string][] = [
  ["Asia/Kolkata", 4, "2026-05-10T22:29:00Z", "2026-05-10"], // 03:59 local: still the day before
  ["Asia/Kolkata", 4, "2026-05-10T22:30:00Z", "2026-05-11"],
  ["America/New_York", 2, "2026-03-08T06:59:59Z", "2026-03-07"], // 01:59:59 EST
  ["America/New_York", 2, "2026-03-08T07:00:00Z", "2026-03-08"], // 03:00 EDT
  ["America/New_York", 4, "2026-03-08T07:59:00Z", "2026-03-07"], // 03:59 EDT
  ["America/New_York", 1, "2026-11-01T04:59:00Z", "2026-10-31"], // 00:59 EDT
  ["America/New_York", 1, "2026-11-01T06:30:00Z", "2026-11-01"], // 01:30 EST, second time round
  ["Europe/London", 4, "2026-10-25T03:59:00Z", "2026-10-24"], // 03:59 GMT, after the fall back
  ["Europe/London", 4, "2026-10-25T04:00:00Z", "2026-10-25"], // 04:00 GMT
  ["Europe/London", 4, "2026-07-15T02:59:00Z", "2026-07-14"], // 03:59 BST
  ["Europe/London", 4, "2026-07-15T03:00:00Z", "2026-07-15"], // 04:00 BST
];

describe("study day, hand-computed cases", () => {
  it.each(STARTS)("%s, day start %i: %s begins at %s", (zone, hour, day, start) => {
    expect(studyDayStart(day, zone, hour).toISOString()).toBe(at(start).toISOString());
  });

  it.each(DAYS_OF)("%s, day start %i: %s belongs to %s", (zone, hour, instant, day) => {
    expect(studyDayOf(at(instant), zone, hour)).toBe(day);
  });

  it("gives DST days their real length", () => {
    const length = (zone: string, day: string) => {
      const start = studyDayStart(day, zone, 4);
      return (nextStudyDayStart(start, zone, 4).getTime() - start.getTime()) / HOUR;
    };
    expect(length("America/New_York", "2026-03-07")).toBe(23);
    expect(length("America/New_York", "2026-10-31")).toBe(25);
    expect(length("Europe/London", "2026-03-28")).toBe(23);
    expect(length("Asia/Kolkata", "2026-03-07")).toBe(24);
  });
});

describe("study day, rules over random instants", () => {
  const zones = [
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/New_York",
    "Europe/London",
    "Australia/Lord_Howe",
    "America/Santiago", // changes its clocks at midnight
    "Pacific/Chatham",
    "UTC",
  ];
  const random = createRandom("study-day");
  const samples = Array.from({ length: 600 }, (_, i) => ({
    zone: zones[i % zones.length] ?? "UTC",
    hour: Math.floor(random() * 24),
    instant: new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 24 * HOUR)),
  }));

  it("every instant lies inside the day it belongs to", () => {
    for (const { zone, hour, instant } of samples) {
      const day = studyDayOf(instant, zone, hour);
      const start = studyDayStart(day, zone, hour);
      const end = nextStudyDayStart(instant, zone, hour);
      expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
      expect(end.getTime()).toBeGreaterThan(instant.getTime());
      expect(end).toEqual(studyDayStart(shiftStudyDay(day, 1), zone, hour));
      expect((end.getTime() - start.getTime()) / HOUR).toBeGreaterThanOrEqual(23);
      expect((end.getTime() - start.getTime()) / HOUR).toBeLessThanOrEqual(25);
    }
  });

  it("a day's first instant belongs to it and the instant before to the day before", () => {
    for (const { zone, hour, instant } of samples) {
      const day = studyDayOf(instant, zone, hour);
      const start = studyDayStart(day, zone, hour);
      expect(studyDayOf(start, zone, hour)).toBe(day);
      expect(studyDayOf(new Date(start.getTime() - 1000), zone, hour)).toBe(shiftStudyDay(day, -1));
    }
  });
});

describe("study day input checks", () => {
  it("rejects a bad hour, a bad date and an unknown zone", () => {
    expect(() => studyDayOf(at("2026-01-01T00:00:00Z"), "Asia/Kolkata", 24)).toThrow(RangeError);
    expect(() => studyDayStart("2026-02-30", "Asia/Kolkata", 4)).toThrow(/YYYY-MM-DD/);
    expect(() => studyDayStart("26-1-1", "Asia/Kolkata", 4)).toThrow(/YYYY-MM-DD/);
    expect(() => studyDayOf(at("2026-01-01T00:00:00Z"), "Mars/Olympus", 4)).toThrow(RangeError);
  });

  it("shifts days across month and year ends", () => {
    expect(shiftStudyDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftStudyDay("2028-03-01", -1)).toBe("2028-02-29");
  });
});
