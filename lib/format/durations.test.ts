import { describe, expect, it } from "vitest";
import { createRandom } from "../quiz/seeded-random";
import { formatClock, formatDuration, formatInterval, toMinutes } from "./durations";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe("formatInterval", () => {
  it("formats the answer-button examples", () => {
    expect(formatInterval(30_000)).toBe("<1m");
    expect(formatInterval(10 * MIN)).toBe("10m");
    expect(formatInterval(HOUR)).toBe("1h");
    expect(formatInterval(3 * DAY)).toBe("3d");
    expect(formatInterval(75 * DAY)).toBe("2.5mo");
    expect(formatInterval(438 * DAY)).toBe("1.2y");
    expect(formatInterval(365 * DAY)).toBe("1y");
  });

  it("moves to the next unit instead of printing 60m, 24h, 30d or 12mo", () => {
    expect(formatInterval(59.7 * MIN)).toBe("1h");
    expect(formatInterval(23.6 * HOUR)).toBe("1d");
    expect(formatInterval(29.6 * DAY)).toBe("1mo");
    expect(formatInterval(359.5 * DAY)).toBe("1y");
  });

  it("never shows a number at or above the next unit, and never goes down a unit as time grows", () => {
    const random = createRandom("format-interval");
    const rank = ["<1m", "m", "h", "d", "mo", "y"];
    const unitOf = (label: string) => (label === "<1m" ? label : (/[a-z]+$/.exec(label)?.[0] ?? ""));
    const limits: Record<string, number> = { m: 60, h: 24, d: 30, mo: 12, y: Infinity };
    // Log-uniform from 1 ms to 20 years, so every unit gets samples.
    const draw = () => Math.exp(random() * Math.log(20 * 365 * DAY));
    const samples = Array.from({ length: 2000 }, draw).sort((a, b) => a - b);
    let lastRank = 0;
    for (const ms of samples) {
      const label = formatInterval(ms);
      const unit = unitOf(label);
      const r = rank.indexOf(unit);
      expect(r, label).toBeGreaterThanOrEqual(lastRank);
      lastRank = r;
      if (unit !== "<1m") expect(parseFloat(label), label).toBeLessThan(limits[unit] ?? 0);
    }
    expect(lastRank).toBe(rank.length - 1);
  });

  it("refuses a value that is not a number of milliseconds", () => {
    expect(() => formatInterval(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatDuration", () => {
  it("keeps seconds only while they matter", () => {
    expect(formatDuration(44_600)).toBe("45 s");
    expect(formatDuration(65_000)).toBe("1 min 05 s");
    expect(formatDuration(12 * MIN)).toBe("12 min");
    expect(formatDuration(65 * MIN)).toBe("1 h 5 min");
    expect(formatDuration(120 * MIN)).toBe("2 h");
    expect(formatDuration(-5)).toBe("0 s");
    expect(toMinutes(90_000)).toBe(1.5);
  });
});

describe("formatClock", () => {
  it("counts down to 0:00 only when time is up, with hours once there are any", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(1)).toBe("0:01");
    expect(formatClock(4 * MIN + 5_000)).toBe("4:05");
    expect(formatClock(HOUR + 4 * MIN + 5_000)).toBe("1:04:05");
  });
});
