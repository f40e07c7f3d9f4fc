import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getClassStudent } from "@/server/queries/class-student";
import { classTable, formatScore } from "@/lib/classes/class-table";
import { maxMarksFor } from "@/lib/classes/assignment-progress";
import { formatDueDate, formatStamp } from "@/lib/format/dates";
import { RecallLegend } from "@/components/teacher/recall-heatmap";
import { StudentTopicTable } from "@/components/teacher/student-topic-table";
import { ResetLinkPanel } from "@/components/teacher/reset-link-panel";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Student progress" };

export default async function StudentPage({ params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const { classId, studentId } = await params;
  const user = await requirePageUser("teacher", `/teacher/classes/${classId}/students/${studentId}`);
  const now = new Date();
  const detail = await getClassStudent(await getDb(), user.id, classId, studentId, now);
  if (!detail) notFound();
  const { overview, student, topics } = detail;
  const tz = overview.timeZone;
  const table = classTable(detail.progress, now, tz);
  const row = table.rows[0];
  const titles = new Map(overview.assignments.map((a) => [a.id, a.topicSetName]));

  return (
    <div className="flex flex-col gap-8">
      <p className="text-sm">
        <TextLink href={`/teacher/classes/${classId}`}>
          Back to {overview.name}
        </TextLink>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{student.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {student.email} · joined {formatDueDate(student.joinedAt, tz)} · {detail.reviewsLast7Days} reviews in the last 7 days
        </p>
      </div>

      <section aria-labelledby="student-progress" className="flex flex-col gap-3">
        <h2 id="student-progress" className="text-xl font-semibold">
          Progress
        </h2>
        {row ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            {table.columns.slice(2).map((column, i) => (
              <div key={column.label} className="contents">
                <dt className="text-sm text-slate-600 dark:text-slate-300">{column.label}</dt>
                <dd className="font-medium">{row.cells[i + 2]?.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>No progress yet.</p>
        )}
      </section>

      <section aria-labelledby="student-tests" className="flex flex-col gap-3">
        <h2 id="student-tests" className="text-xl font-semibold">
          Assignment tests
        </h2>
        {detail.attempts.length === 0 ? (
          <p>No assignment tests taken yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {detail.attempts.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
                <strong>{(a.assignmentId && titles.get(a.assignmentId)) ?? "Test"}</strong>: started {formatStamp(a.startedAt, tz)},{" "}
                {a.submittedAt && a.score !== null ? `score ${formatScore(a.score, maxMarksFor(a.questionCount))}` : "not submitted yet"}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="student-recall" className="flex flex-col gap-3">
        <h2 id="student-recall" className="text-xl font-semibold">
          Recall by topic
        </h2>
        <RecallLegend />
        <StudentTopicTable topics={topics.topics} cells={topics.byStudent.get(student.id) ?? new Map()} />
      </section>
      <section aria-labelledby="student-password" className="flex flex-col gap-3">
        <h2 id="student-password" className="text-xl font-semibold">
          Password reset link
        </h2>
        <ResetLinkPanel classId={classId} studentId={studentId} studentName={student.name} />
      </section>
    </div>
  );
}
