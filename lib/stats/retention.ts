import { daysBetween } from "./days";
import type { DayActivity } from "./daily-activity";

/** Anki's line: a card whose interval was three weeks or more when it was answered is mature. */
export const MATURE_INTERVAL_DAYS = 21;
export const RETENTION_WINDOWS = [7, 30, 365] as const;
export type RetentionWindow = (typeof RETENTION_WINDOWS)[number];

export interface PassRate {
  passed: number;
  total: number;
  /** passed / total, or null when there was nothing to measure. */
  rate: number | null;
}

export interface RetentionRow {
  days: RetentionWindow;
  young: PassRate;
  mature: PassRate;
  all: PassRate;
}

const passRate = (passed: number, total: number): PassRate => ({ passed, total, rate: total === 0 ? null : passed / total });

/** How one answer counts for true retention: only cards in the review state, split by their interval. */
export function retentionClass(log: { state: string; scheduledDays: number }): "young" | "mature" | null {
  if (log.state !== "review") return null;
  return log.scheduledDays < MATURE_INTERVAL_DAYS ? "young" : "mature";
}

/** True retention (answers other than Again) over the last 7, 30 and 365 study days, today included. */
export function retentionByWindow(rows: readonly DayActivity[], today: string): RetentionRow[] {
  return RETENTION_WINDOWS.map((days) => {
    const inWindow = rows.filter((r) => {
      const ago = daysBetween(r.day, today);
      return ago >= 0 && ago < days;
    });
    const sum = (key: keyof Omit<DayActivity, "day">) => inWindow.reduce((n, r) => n + r[key], 0);
    const young = passRate(sum("youngPassed"), sum("youngTotal"));
    const mature = passRate(sum("maturePassed"), sum("matureTotal"));
    return { days, young, mature, all: passRate(young.passed + mature.passed, young.total + mature.total) };
  });
}
