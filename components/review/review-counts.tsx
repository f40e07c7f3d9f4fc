import type { ReviewQueueDto } from "./review-api";

/** How many cards are left today, by kind. */
export function ReviewCounts({ counts }: { counts: ReviewQueueDto["counts"] }) {
  const entries = [
    { key: "new", label: "New", value: counts.new, className: "text-sky-700 dark:text-sky-300" },
    { key: "learning", label: "Learning", value: counts.learning, className: "text-rose-700 dark:text-rose-300" },
    { key: "due", label: "Due", value: counts.due, className: "text-emerald-700 dark:text-emerald-300" },
  ];
  return (
    <dl aria-label="Cards left" className="flex gap-4 text-sm">
      {entries.map((entry) => (
        <div key={entry.key} className="flex items-baseline gap-1.5" data-testid={`count-${entry.key}`}>
          <dt className="text-slate-600 dark:text-slate-400">{entry.label}</dt>
          <dd className={`text-lg font-bold tabular-nums ${entry.className}`}>{entry.value}</dd>
        </div>
      ))}
    </dl>
  );
}
