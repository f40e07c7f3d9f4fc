"use client";
import { formatClock } from "@/lib/format/durations";

const WARNINGS = [5 * 60_000, 60_000];

/** The time left; screen readers hear it only at five minutes and one minute, not every second. */
export function Countdown({ remaining, deadline }: { remaining: number; deadline: string }) {
  const warning = WARNINGS.find((w) => remaining <= w && remaining > w - 10_000);
  const low = remaining <= 60_000;
  return (
    <div className="flex flex-col items-end">
      <p
        role="timer"
        aria-label="Time left"
        data-deadline={deadline}
        className={`font-mono text-2xl font-bold tabular-nums ${low ? "text-rose-700 dark:text-rose-400" : ""}`}
      >
        {formatClock(remaining)}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">time left</p>
      <p className="sr-only" aria-live="assertive">
        {warning ? `${warning / 60_000} minute${warning === 60_000 ? "" : "s"} left` : ""}
      </p>
    </div>
  );
}
