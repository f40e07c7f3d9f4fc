import { describe, expect, it } from "vitest";
import { bucketReviews, lastDays } from "@/lib/stats";
import { createRandom } from "@/lib/quiz/seeded-random";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { findDailyActivity } from "@/server/queries/stats-daily-activity";
import { addLog, daysAfter, seedStatsDeck, setClock } from "./testing/stats-fixtures";
import { getStudentStats } from "./get-stats";

const testDb = withTestDatabase();
const NOW = new Date("2026-05-11T06:00:00Z"); // 11:30 in Kolkata: study day 2026-05-11
const at = (iso: string) => new Date(iso);

describe("review statistics from SQL, hand-counted (Kolkata, day starts at 4)", () => {
  async function seedKolkata() {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4);
    const [{ cardIds: [c1, c2, c3] = [] } = { cardIds: [] }] = await seedStatsDeck(db, { topics: 1, perTopic: 3 });
    const card = (id: string | undefined) => id ?? "missing";
    await addLog(db, user.id, card(c1), at("2026-05-10T22:00:00Z"), { scheduledDays: 3, durationMs: 2000 }); // 03:30 IST: 10 May
    await addLog(db, user.id, card(c2), at("2026-05-10T22:30:00Z"), { rating: 1, scheduledDays: 30, durationMs: 3000 }); // 04:00: 11 May
    await addLog(db, user.id, card(c3), at("2026-05-11T05:00:00Z"), { state: "new", scheduledDays: 0 });
    await addLog(db, user.id, card(c3), at("2026-05-11T05:30:00Z"), { undoneAt: at("2026-05-11T05:31:00Z"), durationMs: 50_000 });
    await addLog(db, user.id, card(c1), at("2026-05-09T10:00:00Z"), { rating: 2, scheduledDays: 2 });
    await addLog(db, user.id, card(c2), at("2026-05-07T10:00:00Z"), { state: "learning", scheduledDays: 0 });
    await addLog(db, user.id, card(c3), at("2026-05-06T10:00:00Z"), { state: "relearning", rating: 1 });
    await addLog(db, user.id, card(c1), at("2026-05-01T10:00:00Z"), { scheduledDays: 25 }); // 10 days ago
    await addLog(db, user.id, card(c2), at("2025-04-01T10:00:00Z"), { rating: 1, scheduledDays: 4 }); // over a year ago
    return user;
  }

  it("groups by the student's study day and leaves undone answers out", async () => {
    const user = await seedKolkata();
    const rows = await findDailyActivity(testDb.prisma, user.id, { timeZone: "Asia/Kolkata", dayStartHour: 4 });
    const blank = { youngTotal: 0, youngPassed: 0, matureTotal: 0, maturePassed: 0 };
    expect(rows).toEqual([
      { day: "2025-04-01", reviews: 1, durationMs: 1000, ...blank, youngTotal: 1 },
      { day: "2026-05-01", reviews: 1, durationMs: 1000, ...blank, matureTotal: 1, maturePassed: 1 },
      { day: "2026-05-06", reviews: 1, durationMs: 1000, ...blank },
      { day: "2026-05-07", reviews: 1, durationMs: 1000, ...blank },
      { day: "2026-05-09", reviews: 1, durationMs: 1000, ...blank, youngTotal: 1, youngPassed: 1 },
      { day: "2026-05-10", reviews: 1, durationMs: 2000, ...blank, youngTotal: 1, youngPassed: 1 },
      { day: "2026-05-11", reviews: 2, durationMs: 4000, ...blank, matureTotal: 1 },
    ]);
    // The same figures as the pure definition over the raw rows.
    const raw = await testDb.prisma.reviewLog.findMany({ where: { userId: user.id } });
    expect(bucketReviews(raw, { timeZone: "Asia/Kolkata", dayStartHour: 4 })).toEqual(rows);
  });

  it("counts streaks, retention windows and totals exactly", async () => {
    const user = await seedKolkata();
    const stats = await getStudentStats(testDb.prisma, user.id, NOW);
    expect(stats.today).toBe("2026-05-11");
    expect(stats.streaks).toEqual({ current: 3, longest: 3, reviewedToday: true });
    expect(stats.totalReviews).toBe(8);
    const [w7, w30, w365] = stats.retention;
    expect(w7).toMatchObject({ days: 7, young: { passed: 2, total: 2 }, mature: { passed: 0, total: 1 }, all: { passed: 2, total: 3 } });
    expect(w30).toMatchObject({ young: { passed: 2, total: 2 }, mature: { passed: 1, total: 2 } });
    expect(w365).toMatchObject({ young: { passed: 2, total: 2 }, mature: { passed: 1, total: 2 } });
    expect(stats.year).toHaveLength(365);
    expect(stats.year.at(-1)).toMatchObject({ day: "2026-05-11", reviews: 2 });
    expect(stats.year.reduce((n, d) => n + d.reviews, 0)).toBe(7); // the 2025 answer is over a year old
    expect(stats.recent.map((d) => d.day)).toEqual(lastDays("2026-05-11", 30));
    expect((await getStudentStats(testDb.prisma, user.id, NOW, 90)).recent).toHaveLength(90);
    expect(stats.heatmap.cells.filter((c) => c.level > 0).map((c) => c.day)).toEqual([
      "2026-05-01", "2026-05-06", "2026-05-07", "2026-05-09", "2026-05-10", "2026-05-11",
    ]);
  });

  it("does not break the streak before today is reviewed, and breaks it after a missed day", async () => {
    const user = await seedKolkata();
    const tomorrow = daysAfter(NOW, 1);
    expect((await getStudentStats(testDb.prisma, user.id, tomorrow)).streaks).toEqual({ current: 3, longest: 3, reviewedToday: false });
    expect((await getStudentStats(testDb.prisma, user.id, daysAfter(NOW, 2))).streaks.current).toBe(0);
  });
});

describe("SQL study days agree with lib/srs in every zone", () => {
  it("puts New York's DST-weekend answers on the hand-computed days", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    const [{ cardIds: [card = "x"] = [] } = { cardIds: [] }] = await seedStatsDeck(db, { topics: 1, perTopic: 1 });
    for (const iso of ["2026-03-07T08:30:00Z", "2026-03-07T09:00:00Z", "2026-03-08T07:30:00Z", "2026-03-08T08:00:00Z", "2026-11-01T08:30:00Z", "2026-11-01T09:00:00Z"]) {
      await addLog(db, user.id, card, at(iso));
    }
    const rows = await findDailyActivity(db, user.id, { timeZone: "America/New_York", dayStartHour: 4 });
    expect(rows.map((r) => [r.day, r.reviews])).toEqual([
      ["2026-03-06", 1],
      ["2026-03-07", 2],
      ["2026-03-08", 1],
      ["2026-10-31", 1],
      ["2026-11-01", 1],
    ]);
    // Kolkata has no DST: the same instants fall on other days there.
    const kolkata = await findDailyActivity(db, user.id, { timeZone: "Asia/Kolkata", dayStartHour: 4 });
    expect(kolkata.map((r) => [r.day, r.reviews])).toEqual([
      ["2026-03-07", 2],
      ["2026-03-08", 2],
      ["2026-11-01", 2],
    ]);
  });

  it("matches bucketReviews on random logs in zones with odd offsets", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    const [{ cardIds: [card = "x"] = [] } = { cardIds: [] }] = await seedStatsDeck(db, { topics: 1, perTopic: 1 });
    const random = createRandom("sql-vs-lib");
    await db.reviewLog.createMany({
      data: Array.from({ length: 400 }, (_, i) => {
        const reviewedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400) * 1000);
        return {
          id: crypto.randomUUID(),
          userId: user.id,
          cardId: card,
          rating: 1 + Math.floor(random() * 4),
          state: (["new", "learning", "review", "relearning"] as const)[Math.floor(random() * 4)] ?? "review",
          due: reviewedAt,
          stability: 1,
          difficulty: 5,
          elapsedDays: 0,
          scheduledDays: Math.floor(random() * 50),
          durationMs: Math.floor(random() * 30_000),
          reviewedAt,
          baseVersion: 10_000 + i,
          previous: {},
          undoneAt: random() < 0.1 ? reviewedAt : null,
        };
      }),
    });
    const raw = await db.reviewLog.findMany({ where: { userId: user.id } });
    for (const clock of [
      { timeZone: "Asia/Kathmandu", dayStartHour: 4 },
      { timeZone: "America/New_York", dayStartHour: 0 },
      { timeZone: "Australia/Lord_Howe", dayStartHour: 2 },
      { timeZone: "Europe/London", dayStartHour: 23 },
    ]) {
      expect(await findDailyActivity(db, user.id, clock)).toEqual(bucketReviews(raw, clock));
    }
  });
});
