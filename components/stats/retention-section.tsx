import type { PassRate, RetentionRow } from "@/lib/stats";
import { formatPercent } from "@/lib/format/numbers";
import { StatsSection } from "./stats-section";

function Rate({ rate }: { rate: PassRate }) {
  if (rate.total === 0) return <span className="text-slate-600 dark:text-slate-300">No answers</span>;
  return (
    <span className="flex flex-col">
      <span className="text-lg font-semibold">{formatPercent(rate.rate, 1)}</span>
      <span className="text-xs text-slate-600 dark:text-slate-300">
        {rate.passed} of {rate.total}
      </span>
    </span>
  );
}

/**
 * True retention is a handful of numbers, so it is a table, not a chart: the share of answers other
 * than Again on cards that were in the review state, split at a 21-day interval.
 */
export function RetentionSection({ retention }: { retention: readonly RetentionRow[] }) {
  const any = retention.some((r) => r.all.total > 0);
  return (
    <StatsSection
      id="retention"
      title="True retention"
      intro="How often you recalled a card when it came back for review (any answer but Again). Young cards had an interval under 21 days; mature cards 21 days or more. Cards still in learning steps are not counted."
    >
      {!any && (
        <p className="rounded-lg bg-slate-50 p-3 text-sm dark:bg-slate-800">
          No card has come back for a review yet. New cards graduate to reviews after their learning steps: keep doing your daily
          review and these figures fill in within a few days.
        </p>
      )}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="True retention table">
        <table className="w-full border-collapse text-left text-sm tabular-nums">
          <caption className="sr-only">True retention by period: young, mature and all review cards</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="px-1.5 py-2 sm:px-2">Period</th>
              <th scope="col" className="px-1.5 py-2 sm:px-2">Young</th>
              <th scope="col" className="px-1.5 py-2 sm:px-2">Mature</th>
              <th scope="col" className="px-1.5 py-2 sm:px-2">All</th>
            </tr>
          </thead>
          <tbody>
            {retention.map((row) => (
              <tr key={row.days} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-1.5 py-2 sm:px-2 font-medium">Last {row.days} days</th>
                <td className="px-1.5 py-2 sm:px-2"><Rate rate={row.young} /></td>
                <td className="px-1.5 py-2 sm:px-2"><Rate rate={row.mature} /></td>
                <td className="px-1.5 py-2 sm:px-2"><Rate rate={row.all} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </StatsSection>
  );
}
