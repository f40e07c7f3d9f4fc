import Link from "next/link";

/** 30 or 90 days: plain links, so the choice is in the URL and works without JavaScript. */
export function RangeToggle({ range, ranges }: { range: number; ranges: readonly number[] }) {
  return (
    <nav aria-label="Period for the daily charts" className="flex">
      <ul className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
        {ranges.map((r) => (
          <li key={r}>
            <Link
              href={`/stats?range=${r}#daily-heading`}
              scroll={false}
              aria-current={r === range ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md px-4 text-sm font-medium ${
                r === range ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
              }`}
            >
              Last {r} days
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
