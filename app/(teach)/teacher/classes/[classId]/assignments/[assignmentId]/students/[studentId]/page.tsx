import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getStudentAssignmentAnswers } from "@/server/queries/assignment-student-answers";
import { ResultSummary, TopicBreakdown } from "@/components/quiz/result-summary";
import { QuestionReview } from "@/components/quiz/question-review";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Student answers" };

export default async function StudentAnswersPage({ params }: { params: Promise<{ classId: string; assignmentId: string; studentId: string }> }) {
  const { classId, assignmentId, studentId } = await params;
  const user = await requirePageUser("teacher", `/teacher/classes/${classId}/assignments/${assignmentId}/students/${studentId}`);
  const answers = await getStudentAssignmentAnswers(await getDb(), { teacherId: user.id, classId, assignmentId, studentId }, new Date());
  if (!answers) notFound();
  return (
    <div className="flex flex-col gap-8">
      <p className="text-sm">
        <TextLink href={`/teacher/classes/${classId}/assignments/${assignmentId}`}>Back to the item analysis of {answers.topicSetName}</TextLink>
      </p>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">
          {answers.studentName}&apos;s answers: {answers.topicSetName}
        </h1>
        <p className="text-slate-700 dark:text-slate-300">{answers.className}</p>
      </div>
      {answers.result ? (
        <>
          <ResultSummary result={answers.result} />
          <TopicBreakdown topics={answers.result.byTopic} />
          <QuestionReview items={answers.result.perQuestion} />
        </>
      ) : (
        <p>{answers.studentName} has not submitted this test yet.</p>
      )}
    </div>
  );
}
