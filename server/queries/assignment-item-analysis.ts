import "server-only";
import type { Db } from "@/server/db";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/time/time-zones";
import { analyseQuestions, standings, type QuestionStat, type StudentStanding, type SubmittedTest } from "@/lib/classes/item-analysis";
import { loadAttemptQuestions } from "@/server/quiz/question-bank";

export type AssignmentItemAnalysis = {
  className: string;
  topicSetName: string;
  dueAt: Date;
  timeZone: string;
  questionCount: number;
  students: number;
  submitted: number;
  questions: QuestionStat[];
  standings: StudentStanding[];
  /** Members whose test is not in yet (not started or not submitted). */
  waiting: { studentId: string; name: string }[];
};

/**
 * How the class did on one assignment's test, question by question; the class's teacher only
 * (null otherwise, so the page is a 404). Each student's first attempt counts, as on the dashboard.
 */
export async function getAssignmentItemAnalysis(db: Db, teacherId: string, classId: string, assignmentId: string): Promise<AssignmentItemAnalysis | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId } },
    select: {
      questionIds: true,
      dueAt: true,
      topicSet: { select: { name: true } },
      class: {
        select: {
          name: true,
          teacher: { select: { settings: { select: { timeZone: true } } } },
          members: { select: { studentId: true, student: { select: { name: true } } } },
        },
      },
    },
  });
  if (!assignment) return null;
  const members = new Map(assignment.class.members.map((m) => [m.studentId, m.student.name]));
  const questions = await loadAttemptQuestions(db, assignment.questionIds);
  const attempts = await db.attempt.findMany({
    where: { assignmentId, userId: { in: [...members.keys()] } },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { userId: true, submittedAt: true, score: true, answers: { select: { questionId: true, chosenIndex: true } } },
  });
  const tests: SubmittedTest[] = [];
  const seen = new Set<string>();
  for (const attempt of attempts) {
    if (seen.has(attempt.userId)) continue;
    seen.add(attempt.userId);
    if (!attempt.submittedAt || attempt.score === null) continue;
    tests.push({
      studentId: attempt.userId,
      studentName: members.get(attempt.userId) ?? "",
      score: attempt.score,
      answers: new Map(attempt.answers.map((a) => [a.questionId, a.chosenIndex])),
    });
  }
  const done = new Set(tests.map((t) => t.studentId));
  return {
    className: assignment.class.name,
    topicSetName: assignment.topicSet.name,
    dueAt: assignment.dueAt,
    timeZone: canonicalTimeZone(assignment.class.teacher.settings?.timeZone ?? DEFAULT_TIME_ZONE),
    questionCount: questions.length,
    students: members.size,
    submitted: tests.length,
    questions: analyseQuestions(questions, tests),
    standings: standings(tests),
    waiting: [...members].filter(([id]) => !done.has(id)).map(([studentId, name]) => ({ studentId, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
