import { describe, expect, it } from "vitest";
import { fsrs, get_fuzz_range } from "ts-fsrs";
import { CARD_STATE_NAMES, newCardSchedule, toFsrsCard } from "./card-state";
import { formatInterval } from "@/lib/format/durations";
import { GRADES, toFsrsLog } from "./review-log";
import {
  createScheduler,
  previewIntervals,
  retrievability,
  rollbackReview,
  scheduleReview,
} from "./schedule-review";
import { DEFAULT_STUDY_SETTINGS } from "./settings";
import { situations, START } from "./test-support";

const plain = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
const fuzzy = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: true });
const DAY = 86_400_000;
type Fuzzed = { ivl: number; min: number; max: number };
const cases = situations(600, plain);
const inReview = cases.filter((c) => c.schedule.state === "review");
const started = cases.filter((c) => c.schedule.state !== "new");

describe("generated cards", () => {
  it("cover every state, and early, on-time and late answers", () => {
    expect(new Set(cases.map((c) => c.schedule.state))).toEqual(new Set(CARD_STATE_NAMES));
    const timing = new Set(started.map((c) => Math.sign(c.now.getTime() - c.schedule.due.getTime())));
    expect(timing).toEqual(new Set([-1, 0, 1]));
    expect(inReview.length).toBeGreaterThan(100);
  });
});

describe("rollbackReview", () => {
  it("gives back the card for every grade in every state, with and without fuzz", () => {
    for (const scheduler of [plain, fuzzy]) {
      for (const { schedule, now } of cases) {
        for (const grade of GRADES) {
          const { next, log } = scheduleReview(schedule, grade, now, scheduler);
          expect(rollbackReview(next, log)).toEqual(schedule);
        }
      }
    }
  });

  it("corrects ts-fsrs, whose rollback alone puts the due date at the review time", () => {
    const early = inReview.find((c) => c.now < c.schedule.due);
    if (!early) throw new Error("no early review generated");
    const { next, log } = scheduleReview(early.schedule, 3, early.now, plain);
    expect(fsrs().rollback(toFsrsCard(next), toFsrsLog(log)).due).toEqual(early.now);
    expect(rollbackReview(next, log).due).toEqual(early.schedule.due);
  });

  it("refuses a log that is not the card's latest review", () => {
    const first = scheduleReview(newCardSchedule(START), 3, START, plain);
    const second = scheduleReview(first.next, 3, new Date(first.next.due.getTime() + DAY), plain);
    expect(() => rollbackReview(second.next, first.log)).toThrow(/not the latest review/);
  });
});

describe("scheduleReview", () => {
  it("orders a review card's next due dates Again < Hard < Good < Easy", () => {
    for (const { schedule, now } of inReview) {
      const dues = GRADES.map((g) => scheduleReview(schedule, g, now, plain).next.due.getTime());
      for (let i = 1; i < dues.length; i++) expect(dues[i]).toBeGreaterThan(dues[i - 1] ?? Infinity);
    }
  });

  it("never makes a card due at or before its last review, whatever the grade, timing or fuzz", () => {
    for (const scheduler of [plain, fuzzy]) {
      for (const { schedule, now } of [...cases, ...situations(600, fuzzy, "fuzzy")]) {
        for (const grade of GRADES) {
          const { next } = scheduleReview(schedule, grade, now, scheduler);
          expect(next.lastReview).toEqual(now);
          expect(next.due.getTime()).toBeGreaterThan(now.getTime());
        }
      }
    }
  });

  it("studying ahead with Good keeps the card in the future and never lowers stability", () => {
    const ahead = started.filter((c) => c.now < c.schedule.due);
    expect(ahead.length).toBeGreaterThan(50);
    for (const { schedule, now } of ahead) {
      const { next } = scheduleReview(schedule, 3, now, plain);
      expect(next.due.getTime()).toBeGreaterThan(now.getTime());
      expect(next.stability).toBeGreaterThanOrEqual(schedule.stability);
    }
  });

  it("rejects a review dated before the card's last review", () => {
    const { next } = scheduleReview(newCardSchedule(START), 3, START, plain);
    expect(() => scheduleReview(next, 3, new Date(START.getTime() - 1), plain)).toThrow(RangeError);
  });

  it("records the card as it was before the answer", () => {
    for (const { schedule, now } of cases.slice(0, 100)) {
      const { log } = scheduleReview(schedule, 2, now, plain);
      expect(log).toMatchObject({
        rating: 2,
        state: schedule.state,
        due: schedule.due,
        stability: schedule.stability,
        difficulty: schedule.difficulty,
        scheduledDays: schedule.scheduledDays,
        reviewedAt: now,
      });
    }
  });
});

describe("fuzz", () => {
  it("changes only the interval, within ts-fsrs's fuzz range of the plain interval", () => {
    const max = fuzzy.engine.parameters.maximum_interval;
    let differs = 0;
    for (const { schedule, now } of inReview) {
      const [hard, good, easy] = ([2, 3, 4] as const).map((grade) => {
        const exact = scheduleReview(schedule, grade, now, plain);
        const fuzzed = scheduleReview(schedule, grade, now, fuzzy);
        expect(fuzzed.next.stability).toBe(exact.next.stability);
        expect(fuzzed.next.difficulty).toBe(exact.next.difficulty);
        const elapsed = fuzzed.log.elapsedDays;
        const raw = plain.engine.next_interval(exact.next.stability, elapsed);
        const range = raw < 2.5 ? { min_ivl: raw, max_ivl: raw } : get_fuzz_range(raw, elapsed, max);
        if (fuzzed.next.scheduledDays !== exact.next.scheduledDays) differs++;
        return { ivl: fuzzed.next.scheduledDays, min: range.min_ivl, max: range.max_ivl };
      }) as [Fuzzed, Fuzzed, Fuzzed];
      // After fuzzing, ts-fsrs lowers Hard to Good and lifts Good and Easy one day past the grade below.
      expect(hard.ivl).toBeGreaterThanOrEqual(Math.min(hard.min, good.min));
      expect(hard.ivl).toBeLessThanOrEqual(hard.max);
      expect(good.ivl).toBeGreaterThanOrEqual(good.min);
      expect(good.ivl).toBeLessThanOrEqual(Math.max(good.max, hard.ivl + 1));
      expect(easy.ivl).toBeGreaterThanOrEqual(easy.min);
      expect(easy.ivl).toBeLessThanOrEqual(Math.max(easy.max, good.ivl + 1));
    }
    expect(differs).toBeGreaterThan(inReview.length / 4);
  });

  it("is repeatable for the same card and moment, and varies across moments", () => {
    const card = inReview.find((c) => c.schedule.stability > 20);
    if (!card) throw new Error("no long-interval card generated");
    const at = (offsetMs: number) =>
      scheduleReview(card.schedule, 3, new Date(card.now.getTime() + offsetMs), fuzzy).next.scheduledDays;
    expect(at(0)).toBe(at(0));
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7].map((s) => at(s * 1000))).size).toBeGreaterThan(1);
  });
});

describe("previewIntervals", () => {
  it("shows exactly what each answer then does, with and without fuzz", () => {
    for (const scheduler of [plain, fuzzy]) {
      for (const { schedule, now } of cases.slice(0, 300)) {
        for (const preview of previewIntervals(schedule, now, scheduler)) {
          const { next } = scheduleReview(schedule, preview.rating, now, scheduler);
          expect(preview.due).toEqual(next.due);
          expect(preview.label).toBe(formatInterval(next.due.getTime() - now.getTime()));
        }
      }
    }
  });

  it("labels a new card with the default learning steps", () => {
    const labels = previewIntervals(newCardSchedule(START), START, plain).map((p) => `${p.name} ${p.label}`);
    expect(labels.slice(0, 3)).toEqual(["Again 1m", "Hard 6m", "Good 10m"]);
    expect(labels[3]).toMatch(/^Easy \d+d$/);
  });
});

describe("retrievability", () => {
  it("is null for a new card and falls from 1 towards 0 as time passes", () => {
    expect(retrievability(newCardSchedule(START), START)).toBeNull();
    for (const { schedule } of started.slice(0, 100)) {
      const last = schedule.lastReview?.getTime() ?? 0;
      const values = [0, 1, 3, 10, 100].map((d) => retrievability(schedule, new Date(last + d * DAY)) ?? NaN);
      expect(values[0]).toBe(1);
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1] ?? 0);
      for (const v of values) expect(v).toBeGreaterThan(0);
    }
  });

  it("agrees with ts-fsrs on whole days", () => {
    for (const { schedule } of inReview.slice(0, 100)) {
      const at = new Date((schedule.lastReview?.getTime() ?? 0) + 7 * DAY);
      const library = plain.engine.get_retrievability(toFsrsCard(schedule), at, false);
      expect(retrievability(schedule, at, plain)).toBeCloseTo(library, 6);
    }
  });
});

describe("the student's own FSRS parameters", () => {
  // A plausible optimizer result: initial stabilities larger than the defaults, a flatter curve.
  const own = [...fsrs().parameters.w];
  own[3] = 40;
  own[20] = 0.3;
  const personal = createScheduler({ ...DEFAULT_STUDY_SETTINGS, fsrsParameters: own }, { fuzz: false });

  it("are the weights the scheduler runs with, and empty means the FSRS-6 defaults", () => {
    expect([...personal.engine.parameters.w]).toEqual(own);
    expect([...plain.engine.parameters.w]).toEqual([...fsrs().parameters.w]);
  });

  it("change the interval a first Easy answer earns, and the predicted recall", () => {
    const first = (scheduler: typeof plain) => scheduleReview(newCardSchedule(START), 4, START, scheduler).next;
    const mine = first(personal);
    const standard = first(plain);
    expect(mine.stability).toBeCloseTo(40, 6);
    expect(mine.due.getTime()).toBeGreaterThan(standard.due.getTime());
    const later = new Date(START.getTime() + 20 * DAY);
    expect(retrievability(mine, later, personal)).not.toBeCloseTo(retrievability(mine, later, plain) ?? 0, 3);
    expect(retrievability(mine, later, own)).toBe(retrievability(mine, later, personal));
    expect(retrievability(mine, later, [])).toBe(retrievability(mine, later));
  });
});
