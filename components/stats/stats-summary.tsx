import type { RetentionRow, Streaks } from "@/lib/stats";
import { formatPercent } from "@/lib/format/numbers";
import { plural } from "@/lib/format/words";

function Tile({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      {note && <dd className="text-xs text-slate-600 dark:text-slate-300">{note}</dd>}
    </div>
  );
}

/** The headline numbers, as text: they need no chart. */
export function StatsSummary({ streaks, totalReviews, retention }: { streaks: Streaks; totalReviews: number; retention: readonly RetentionRow[] }) {
  const month = retention.find((r) => r.days === 30);
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile
        label="Current streak"
        value={plural(streaks.current, "day")}
        note={streaks.reviewedToday ? "Today counts already." : streaks.current > 0 ? "Review today to keep it going." : "Review today to start one."}
      />
      <Tile label="Longest streak" value={plural(streaks.longest, "day")} />
      <Tile label="Reviews, all time" value={totalReviews.toLocaleString("en-IN")} />
      <Tile
        label="True retention, 30 days"
        value={formatPercent(month?.all.rate ?? null)}
        note={month && month.all.total > 0 ? `${month.all.passed} of ${month.all.total} review cards recalled` : "No review-state cards answered yet."}
      />
    </dl>
  );
}
