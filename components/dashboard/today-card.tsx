import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { plural } from "@/lib/format/words";
import type { Dashboard } from "@/server/stats/get-dashboard";

/** Today's work in numbers, with the one button that starts it. */
export function TodayCard({ queue, reviewedToday }: Pick<Dashboard, "queue" | "reviewedToday">) {
  const total = queue.due + queue.learning + queue.new;
  return (
    <section aria-labelledby="today-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="today-heading" className="text-xl font-semibold">
        Today&apos;s work
      </h2>
      <dl className="grid grid-cols-3 gap-3 text-center">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-300">Due for review</dt>
          <dd className="text-2xl font-bold tabular-nums">{queue.due}</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-300">In learning</dt>
          <dd className="text-2xl font-bold tabular-nums">{queue.learning}</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-300">New cards</dt>
          <dd className="text-2xl font-bold tabular-nums">{queue.new}</dd>
        </div>
      </dl>
      <p className="text-sm text-slate-700 dark:text-slate-200">
        {total === 0
          ? "Nothing left for today. Well done: come back tomorrow, or study a topic ahead of time."
          : `${plural(total, "card")} waiting.`}{" "}
        {reviewedToday > 0 && `You have answered ${plural(reviewedToday, "card")} today.`}
      </p>
      <Link href="/review" className={`${buttonClass("primary")} self-start`}>
        Start today&apos;s review
      </Link>
    </section>
  );
}
