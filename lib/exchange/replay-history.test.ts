import { describe, expect, it } from "vitest";
import { createScheduler, DEFAULT_STUDY_SETTINGS, scheduleReview, newCardSchedule, type CardSchedule } from "@/lib/srs";
import { importedSchedule, replayHistory } from "./replay-history";

const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
const t0 = new Date("2026-10-01T04:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);

describe("replayHistory", () => {
  it("gives each answer the same before/after schedules a live grade would, in time order", () => {
    const answers = [
      { rating: 1 as const, reviewedAt: at(2), durationMs: 5000 },
      { rating: 3 as const, reviewedAt: at(0), durationMs: 4000 },
      { rating: 3 as const, reviewedAt: at(1), durationMs: 3000 },
    ];
    const replayed = replayHistory(answers, scheduler);
    let live: CardSchedule = newCardSchedule(at(0));
    const expected = [answers[1]!, answers[2]!, answers[0]!].map((a) => {
      const before = live;
      live = scheduleReview(live, a.rating, a.reviewedAt, scheduler).next;
      return { before, next: live, durationMs: a.durationMs };
    });
    expect(replayed.map(({ before, next, durationMs }) => ({ before, next, durationMs }))).toEqual(expected);
    expect(replayed.map((r) => r.log.reviewedAt)).toEqual([at(0), at(1), at(2)]);
  });

  it("returns nothing for a card without answers", () => {
    expect(replayHistory([], scheduler)).toEqual([]);
  });
});

describe("importedSchedule", () => {
  const fromApp: CardSchedule = { ...newCardSchedule(at(0)), state: "review", due: at(30), stability: 25, difficulty: 4, scheduledDays: 25, reps: 2, lapses: 0, lastReview: at(5) };

  it("keeps the other app's due date and memory state, and the replay's last review and counts", () => {
    // Good, Good (the card graduates to review), then Again in review: one lapse.
    const replayed = replayHistory([{ rating: 3, reviewedAt: at(0), durationMs: 1 }, { rating: 3, reviewedAt: at(1), durationMs: 1 }, { rating: 1, reviewedAt: at(5), durationMs: 1 }], scheduler);
    expect(replayed.at(-1)!.next.lapses).toBe(1);
    const schedule = importedSchedule(fromApp, replayed)!;
    expect(schedule).toMatchObject({ state: "review", due: at(30), stability: 25, difficulty: 4, scheduledDays: 25, lastReview: at(5), lapses: 1 });
  });

  it("keeps a card that is new in the other app new, whatever its history", () => {
    const replayed = replayHistory([{ rating: 3, reviewedAt: at(0), durationMs: 1 }], scheduler);
    expect(importedSchedule(null, replayed)).toBeNull();
    expect(importedSchedule(fromApp, [])).toBe(fromApp);
  });
});
