import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/quiz/seeded-random";
import { studyDayOf } from "@/lib/srs";
import { bucketReviews, type RawReviewLog } from "./bucket-reviews";

const log = (reviewedAt: string, extra: Partial<RawReviewLog> = {}): RawReviewLog => ({
  reviewedAt: new Date(reviewedAt),
  rating: 3,
  state: "review",
  scheduledDays: 5,
  durationMs: 1000,
  undoneAt: null,
  ...extra,
});

const KOLKATA = { timeZone: "Asia/Kolkata", dayStartHour: 4 };
const NEW_YORK = { timeZone: "America/New_York", dayStartHour: 4 };

describe("bucketReviews, hand-computed day boundaries", () => {
  it("puts 03:30 local before a 4 a.m. day start on the previous day (Kolkata, +05:30)", () => {
    const days = bucketReviews([log("2026-05-10T22:00:00Z"), log("2026-05-10T22:30:00Z")], KOLKATA);
    // 03:30 IST on 11 May is still the 10th; 04:00 IST starts the 11th.
    expect(days.map((d) => [d.day, d.reviews])).toEqual([["2026-05-10", 1], ["2026-05-11", 1]]);
  });

  it("follows New York's clocks across the spring-forward and fall-back weekends", () => {
    const logs = [
      log("2026-03-07T08:30:00Z"), // 03:30 EST, Saturday 7 March: day of the 6th
      log("2026-03-07T09:00:00Z"), // 04:00 EST: the 7th
      log("2026-03-08T07:30:00Z"), // 03:30 EDT, after the jump: still the 7th
      log("2026-03-08T08:00:00Z"), // 04:00 EDT: the 8th (an hour earlier in UTC than the day before)
      log("2026-11-01T08:30:00Z"), // 03:30 EST, after falling back: the 31st
      log("2026-11-01T09:00:00Z"), // 04:00 EST: 1 November
    ];
    expect(bucketReviews(logs, NEW_YORK).map((d) => [d.day, d.reviews])).toEqual([
      ["2026-03-06", 1],
      ["2026-03-07", 2],
      ["2026-03-08", 1],
      ["2026-10-31", 1],
      ["2026-11-01", 1],
    ]);
  });

  it("gives the same instant different days in Kolkata and New York", () => {
    const instant = [log("2026-03-08T03:00:00Z")]; // 08:30 IST on the 8th, 22:00 EST on the 7th
    expect(bucketReviews(instant, KOLKATA)[0]?.day).toBe("2026-03-08");
    expect(bucketReviews(instant, NEW_YORK)[0]?.day).toBe("2026-03-07");
  });

  it("leaves undone answers out and splits true retention by interval and state", () => {
    const at = "2026-05-11T06:00:00Z";
    const days = bucketReviews(
      [
        log(at, { rating: 1, scheduledDays: 20 }), // young, failed
        log(at, { rating: 2, scheduledDays: 20 }), // young, passed (Hard is a pass)
        log(at, { rating: 4, scheduledDays: 21 }), // mature, passed
        log(at, { rating: 1, scheduledDays: 40 }), // mature, failed
        log(at, { rating: 1, state: "learning", scheduledDays: 0 }), // not a review-state card
        log(at, { rating: 3, state: "new", scheduledDays: 0 }),
        log(at, { rating: 1, state: "relearning", scheduledDays: 30 }),
        log(at, { rating: 3, scheduledDays: 50, undoneAt: new Date(at), durationMs: 99_999 }),
      ],
      KOLKATA,
    );
    expect(days).toEqual([
      { day: "2026-05-11", reviews: 7, durationMs: 7000, youngTotal: 2, youngPassed: 1, matureTotal: 2, maturePassed: 1 },
    ]);
  });
});

describe("bucketReviews, rules over random logs", () => {
  const zones = ["Asia/Kolkata", "America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC"];
  const random = createRandom("bucket-rules");
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  it.each(Array.from({ length: 20 }, (_, i) => i))("keeps every standing answer exactly once (run %i)", () => {
    const clock = { timeZone: pick(zones), dayStartHour: Math.floor(random() * 24) };
    const logs = Array.from({ length: 200 }, () =>
      log(new Date(Date.UTC(2026, 0, 1) + random() * 365 * 86_400_000).toISOString(), {
        rating: 1 + Math.floor(random() * 4),
        state: pick(["new", "learning", "review", "relearning"]),
        scheduledDays: Math.floor(random() * 60),
        durationMs: Math.floor(random() * 20_000),
        undoneAt: random() < 0.1 ? new Date() : null,
      }),
    );
    const days = bucketReviews(logs, clock);
    const standing = logs.filter((l) => l.undoneAt === null);
    expect(days.reduce((n, d) => n + d.reviews, 0)).toBe(standing.length);
    expect(days.reduce((n, d) => n + d.durationMs, 0)).toBe(standing.reduce((n, l) => n + l.durationMs, 0));
    expect(days.reduce((n, d) => n + d.youngTotal + d.matureTotal, 0)).toBe(standing.filter((l) => l.state === "review").length);
    const perDay = new Map<string, number>();
    for (const l of standing) {
      const day = studyDayOf(l.reviewedAt, clock.timeZone, clock.dayStartHour);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(new Map(days.map((d) => [d.day, d.reviews]))).toEqual(perDay);
    for (const d of days) {
      expect(d.youngPassed).toBeLessThanOrEqual(d.youngTotal);
      expect(d.maturePassed).toBeLessThanOrEqual(d.matureTotal);
    }
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
  });
});
