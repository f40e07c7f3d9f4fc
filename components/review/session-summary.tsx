"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { Button, buttonClass } from "@/components/ui/button";
import { formatDuration } from "@/lib/format/durations";
import { formatPercent } from "@/lib/format/numbers";
import { fetchSummary } from "./review-api";

/** The end of a session, from the server's log: what was done and what tomorrow holds. */
export function SessionSummary({ since, ready, moreLeft, onContinue, onClose }: { since: string; ready: boolean; moreLeft: boolean; onContinue: () => void; onClose: () => void }) {
  const summary = useQuery({ queryKey: ["review-summary", since], queryFn: () => fetchSummary(since), enabled: ready, staleTime: 0 });
  return (
    <section aria-labelledby="summary-title" className="flex flex-col gap-6 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="summary-title" className="text-xl font-bold" tabIndex={-1}>
        Session complete
      </h2>
      {summary.isError ? (
        <div role="alert" className="flex flex-col items-start gap-2">
          <p>The summary could not load: {summary.error.message}</p>
          <Button variant="secondary" onClick={() => void summary.refetch()}>
            Try again
          </Button>
        </div>
      ) : !summary.data ? (
        <p role="status">Adding up your session…</p>
      ) : (
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="session-summary">
          {[
            ["Cards reviewed", String(summary.data.reviewed)],
            ["Accuracy", formatPercent(summary.data.accuracy)],
            ["Time spent", formatDuration(summary.data.timeSpentMs)],
            ["Due tomorrow", String(summary.data.dueTomorrow)],
          ].map(([label, value]) => (
            <div key={label} className="flex flex-col gap-1 rounded-xl bg-slate-50 p-3 dark:bg-slate-800">
              <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">Accuracy is the share of answers not graded Again.</p>
      <div className="flex flex-wrap gap-3">
        {moreLeft && <Button onClick={onContinue}>Keep reviewing</Button>}
        <Button variant={moreLeft ? "secondary" : "primary"} onClick={onClose}>
          Done
        </Button>
        <Link href="/topics" className={buttonClass("secondary")}>
          Browse topics
        </Link>
      </div>
    </section>
  );
}
