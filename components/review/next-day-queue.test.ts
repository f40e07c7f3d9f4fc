import { describe, expect, it } from "vitest";
import { NEXT_DAY_WINDOW_MS, nextDayScope, queueForNow, shouldKeepNextDay } from "./next-day-queue";
import type { ReviewQueueDto } from "./review-api";

const HOUR = 3_600_000;
const DAY_END = Date.parse("2026-11-29T22:30:00.000Z");
const queue = (dayEndsAt: number, extra: Partial<ReviewQueueDto> = {}): ReviewQueueDto => ({
  generatedAt: new Date(DAY_END - 3 * HOUR).toISOString(),
  dayEndsAt: new Date(dayEndsAt).toISOString(),
  topic: null,
  counts: { new: 0, learning: 0, due: 0 },
  items: [],
  nextDueAt: null,
  scheduling: { settings: {} as ReviewQueueDto["scheduling"]["settings"], fuzz: false },
  ...extra,
});

describe("keeping the next day's queue", () => {
  it("starts within the last hours of the study day, for the daily queue only", () => {
    const today = queue(DAY_END);
    expect(shouldKeepNextDay(today, DAY_END - NEXT_DAY_WINDOW_MS - 1)).toBe(false);
    expect(shouldKeepNextDay(today, DAY_END - NEXT_DAY_WINDOW_MS)).toBe(true);
    expect(shouldKeepNextDay(today, DAY_END - 1)).toBe(true);
    expect(shouldKeepNextDay(today, DAY_END)).toBe(false);
    expect(shouldKeepNextDay(queue(DAY_END, { topic: { id: "t", title: "T" } }), DAY_END - HOUR)).toBe(false);
    expect(shouldKeepNextDay(queue(DAY_END, { custom: { mode: "ahead", title: "x", effect: "y", limit: 5 } }), DAY_END - HOUR)).toBe(false);
  });

  it("is found from the queue the device already holds", () => {
    expect(nextDayScope(queue(DAY_END).dayEndsAt)).toBe("all@2026-11-29T22:30:00.000Z");
  });

  it("takes over once the day turns, and only for the day it was made for", () => {
    const today = queue(DAY_END);
    const tomorrow = queue(DAY_END + 24 * HOUR);
    expect(queueForNow(today, tomorrow, DAY_END - 1)).toBe(today);
    expect(queueForNow(today, tomorrow, DAY_END)).toBe(tomorrow);
    expect(queueForNow(today, tomorrow, DAY_END + 24 * HOUR - 1)).toBe(tomorrow);
    expect(queueForNow(today, tomorrow, DAY_END + 24 * HOUR)).toBeNull();
    expect(queueForNow(today, null, DAY_END + HOUR)).toBeNull();
  });
});
