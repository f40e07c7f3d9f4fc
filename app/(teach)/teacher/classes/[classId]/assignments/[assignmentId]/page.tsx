import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getAssignmentItemAnalysis } from "@/server/queries/assignment-item-analysis";
import { formatDueDate } from "@/lib/format/dates";
import { formatScore } from "@/lib/classes/class-table";
import { maxMarksFor } from "@/lib/classes/assignment-progress";
import { QuestionStatCard } from "@/components/teacher/question-stat-card";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Item analysis" };

export default async function ItemAnalysisPage({ params }: { params: Promise<{ classId: string; assignmentId: string }> }) {
  const { classId, assignmentId } = await params;
  const user = await requirePageUser("teacher", `/teacher/classes/${classId}/assignments/${assignmentId}`);
  const analysis = await getAssignmentItemAnalysis(await getDb(), user.id, classId, assignmentId);
  if (!analysis) notFound();
  const maxMarks = maxMarksFor(analysis.questionCount);
  const base = `/teacher/classes/${classId}/assignments/${assignmentId}`;

  return (
    <div className="flex flex-col gap-8">
      <p className="text-sm">
        <TextLink href={`/teacher/classes/${classId}`}>Back to {analysis.className}</TextLink>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Item analysis: {analysis.topicSetName}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {analysis.className} · due {formatDueDate(analysis.dueAt, analysis.timeZone)} · {analysis.submitted} of {analysis.students} students submitted the test
        </p>
      </div>

      {analysis.questionCount === 0 ? (
        <p>This assignment has no test, so there is nothing to analyse.</p>
      ) : (
        <>
          <section aria-labelledby="questions-heading" className="flex flex-col gap-3">
            <h2 id="questions-heading" className="text-xl font-semibold">
              Question by question
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Shares are of the students who submitted. For statement questions, a statement counts as right when the option a student chose judged it correctly (true or false);
              &ldquo;how many&rdquo; answers do not say which statements the student believed, so they have no per-statement figures.
            </p>
            {analysis.submitted === 0 && <p>No one has submitted the test yet; the figures fill in as students do.</p>}
            <ol className="flex flex-col gap-3">
              {analysis.questions.map((q) => (
                <li key={q.questionId}>
                  <QuestionStatCard stat={q} />
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="standing-heading" className="flex flex-col gap-3">
            <h2 id="standing-heading" className="text-xl font-semibold">
              Students
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Percentile: the share of the class that submitted who scored below the student, counting equal scores as half.
            </p>
            {analysis.standings.length > 0 && (
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm">
                  <caption className="sr-only">Scores and percentiles on {analysis.topicSetName}</caption>
                  <thead>
                    <tr className="border-b border-slate-300 dark:border-slate-600">
                      <th scope="col" className="py-2 pr-4">Student</th>
                      <th scope="col" className="py-2 pr-4">Score</th>
                      <th scope="col" className="py-2 pr-4">Percentile</th>
                    </tr>
                  </thead>
                  <tbody>
                    {analysis.standings.map((s) => (
                      <tr key={s.studentId} className="border-b border-slate-200 dark:border-slate-700">
                        <th scope="row" className="py-2 pr-4 font-normal">
                          <TextLink href={`${base}/students/${s.studentId}`} aria-label={`Answers of ${s.studentName}`}>
                            {s.studentName}
                          </TextLink>
                        </th>
                        <td className="py-2 pr-4">{formatScore(s.score, maxMarks)}</td>
                        <td className="py-2 pr-4">{s.percentile}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {analysis.waiting.length > 0 && (
              <p className="text-sm">
                Not submitted yet: {analysis.waiting.map((w) => w.name).join(", ")}.
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
