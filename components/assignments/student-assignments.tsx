import Link from "next/link";
import type { StudentAssignment } from "@/server/queries/student-assignments";
import { formatScore } from "@/lib/classes/class-table";
import { formatDueDate } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { STATUS_LABELS } from "@/lib/classes/assignment-progress";
import { buttonClass } from "@/components/ui/button";
import { StartTestButton } from "./start-test-button";

function ReviewPart({ a }: { a: StudentAssignment }) {
  const review = a.progress.review;
  if (!review) return null;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm">
        Cards introduced and reviewed: <strong>{review.reviewed} of {review.total}</strong>
      </p>
      {!review.done && a.progress.status !== "upcoming" && (
        <div className="flex flex-wrap gap-2">
          <Link href={a.reviewHref} className={buttonClass("secondary")} aria-label={`Start review: ${a.topicSetName}`}>
            Start review
          </Link>
          {/* The daily new-card limit caps "Start review"; custom study goes beyond it. */}
          <Link href={`/review/custom?assignment=${encodeURIComponent(a.id)}`} className={buttonClass("secondary")} aria-label={`Custom study: ${a.topicSetName}`}>
            Custom study
          </Link>
        </div>
      )}
    </div>
  );
}

function TestPart({ a }: { a: StudentAssignment }) {
  const test = a.progress.test;
  if (!test) return null;
  const text =
    test.state === "submitted"
      ? test.score === null ? "Test taken" : `Test score: ${formatScore(test.score, test.maxMarks)}`
      : test.state === "in-progress" ? "Test started, not submitted" : "Test not taken";
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm">
        <strong>{text}</strong>{" "}
        <span className="text-slate-600 dark:text-slate-300">
          ({a.questionCount} questions{a.timeLimitMinutes ? `, ${a.timeLimitMinutes} minutes` : ""})
        </span>
      </p>
      {test.state === "submitted" && a.attemptId ? (
        <Link href={`/practice/attempts/${a.attemptId}`} className={buttonClass("secondary")} aria-label={`See test result: ${a.topicSetName}`}>
          See result
        </Link>
      ) : a.progress.status !== "upcoming" ? (
        <StartTestButton classId={a.classId} assignmentId={a.id} title={a.topicSetName} label={test.state === "in-progress" ? "Resume test" : "Take the test"} />
      ) : null}
    </div>
  );
}

/**
 * The student's assignments from all their classes, soonest due first: due dates, progress
 * (cards reviewed, test taken and score), overdue marked, and links to start each part.
 */
export function StudentAssignments({ timeZone, assignments }: { timeZone: string; assignments: StudentAssignment[] }) {
  return (
    <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
      <h2 id="assignments-heading" className="text-xl font-semibold">
        Assignments
      </h2>
      {assignments.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No assignments from your classes right now.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {assignments.map((a) => (
            <li key={a.id} className={`flex flex-col gap-3 rounded-xl border bg-white p-4 dark:bg-slate-900 ${a.progress.overdue ? "border-rose-400 dark:border-rose-700" : "border-slate-200 dark:border-slate-700"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">
                  {a.topicSetName} <span className="text-sm font-normal text-slate-600 dark:text-slate-300">· {a.className}</span>
                </h3>
                <p className="text-sm">
                  {a.progress.overdue ? (
                    <strong className="text-rose-700 dark:text-rose-400">Overdue: was due {formatDueDate(a.dueAt, timeZone)}</strong>
                  ) : a.progress.status === "upcoming" ? (
                    <>Opens {formatDueDate(a.startsAt, timeZone)} · due {formatDueDate(a.dueAt, timeZone)}</>
                  ) : (
                    <>Due {formatDueDate(a.dueAt, timeZone)}</>
                  )}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <progress className="h-2 flex-1 accent-indigo-600" max={100} value={Math.round(a.progress.completion * 100)} aria-label={`${a.topicSetName} completion`} />
                <span className="text-sm tabular-nums">{formatPercent(a.progress.completion)}</span>
                <span className={`text-sm ${a.progress.status === "complete" ? "font-semibold text-emerald-700 dark:text-emerald-400" : ""}`}>{STATUS_LABELS[a.progress.status]}</span>
              </div>
              <ReviewPart a={a} />
              <TestPart a={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
