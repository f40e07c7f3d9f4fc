import Link from "next/link";
import type { AttemptSummary } from "@/server/queries/quiz-attempts";
import { topicListTitle } from "@/lib/quiz/topic-list-title";
import { formatDateTime } from "@/lib/format/dates";
import { DiscardAttemptButton } from "./discard-attempt-button";


/** The student's tests: unfinished ones to resume, finished ones to review. */
export function AttemptList({ attempts, topicTitles, timeZone }: { attempts: AttemptSummary[]; topicTitles: Record<string, string>; timeZone: string }) {
  if (attempts.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No tests or practice sessions yet.</p>;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 dark:divide-slate-700">
      {attempts.map((a) => {
        const names = a.topicIds.map((t) => topicTitles[t] ?? t);
        const started = formatDateTime(a.startedAt, timeZone);
        const label = a.mode === "mock" ? "Mock test" : "Practice";
        return (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div className="min-w-0">
              <p className="font-medium" title={names.length > 3 ? names.join(", ") : undefined}>
                {label}: {topicListTitle(names)}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                {started} · {a.answeredCount} of {a.questionCount} answered
                {a.score !== null && ` · ${a.score.toFixed(2)} marks`}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={a.finished ? `/practice/attempts/${a.id}/result` : `/practice/attempts/${a.id}`}
                className="rounded-md px-3 py-2 text-sm font-semibold text-indigo-700 underline dark:text-indigo-300"
              >
                {a.finished ? "See result" : "Resume"}
                <span className="sr-only"> ({label.toLowerCase()} started {started})</span>
              </Link>
              {a.discardable && <DiscardAttemptButton attemptId={a.id} label={`${label.toLowerCase()} started ${started}`} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
