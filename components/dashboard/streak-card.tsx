import { formatDay } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { plural } from "@/lib/format/words";
import type { Dashboard } from "@/server/stats/get-dashboard";
import { TextLink } from "@/components/ui/text-link";

/** Streaks, overall recall and the exam countdown. */
export function StreakCard({ streaks, overallRecall, exam }: Pick<Dashboard, "streaks" | "overallRecall" | "exam">) {
  return (
    <section aria-labelledby="progress-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="progress-heading" className="text-xl font-semibold">
        Your progress
      </h2>
      <dl className="grid grid-cols-2 gap-3">
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-300">Current streak</dt>
          <dd className="text-2xl font-bold tabular-nums">{plural(streaks.current, "day")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-300">Longest streak</dt>
          <dd className="text-2xl font-bold tabular-nums">{plural(streaks.longest, "day")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-300">Recall now</dt>
          <dd className="text-2xl font-bold tabular-nums">{formatPercent(overallRecall)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600 dark:text-slate-300">Exam</dt>
          <dd className="font-semibold">
            {exam ? `${plural(exam.daysLeft, "day")} to go (${formatDay(exam.examDate)})` : <TextLink href="/stats#exam-heading">Set your exam date</TextLink>}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {streaks.reviewedToday
          ? "Today counts towards your streak."
          : streaks.current > 0
            ? "Review today to keep your streak going."
            : "Review today to start a streak."}{" "}
        <TextLink href="/stats">
          See all statistics
        </TextLink>
      </p>
    </section>
  );
}
