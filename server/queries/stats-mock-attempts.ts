import "server-only";
import { isPrelimsQuestion, questionSchema, type PrelimsQuestion } from "@/lib/content/question-schema";
import type { SubmittedMock } from "@/lib/stats";
import type { Db } from "@/server/db";

/** The newest submitted mock tests shown on the chart. */
export const MOCK_HISTORY_LIMIT = 50;

/**
 * Submitted mock tests with their answers and questions, newest `limit`. A test whose questions
 * can no longer be read (a content bug) is left out of the chart rather than breaking the page.
 */
export async function findSubmittedMocks(db: Db, userId: string, limit = MOCK_HISTORY_LIMIT): Promise<SubmittedMock[]> {
  const attempts = await db.attempt.findMany({
    where: { userId, mode: "mock", submittedAt: { not: null } },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, submittedAt: true, questionIds: true, answers: { select: { questionId: true, chosenIndex: true } } },
  });
  const ids = [...new Set(attempts.flatMap((a) => a.questionIds))];
  const rows = ids.length === 0 ? [] : await db.question.findMany({ where: { id: { in: ids } }, select: { id: true, data: true } });
  const questions = new Map<string, PrelimsQuestion>();
  for (const row of rows) {
    const parsed = questionSchema.safeParse(row.data);
    if (parsed.success && isPrelimsQuestion(parsed.data)) questions.set(row.id, parsed.data);
  }
  return attempts.flatMap((attempt): SubmittedMock[] => {
    const qs = attempt.questionIds.map((id) => questions.get(id));
    if (!attempt.submittedAt || qs.some((q) => q === undefined)) return [];
    const inTest = new Set(attempt.questionIds);
    return [
      {
        attemptId: attempt.id,
        submittedAt: attempt.submittedAt,
        questions: qs as PrelimsQuestion[],
        answers: attempt.answers.filter((a) => inTest.has(a.questionId)),
      },
    ];
  });
}

export interface UnfinishedMock {
  id: string;
  startedAt: Date;
  deadline: Date | null;
  questions: number;
  answered: number;
}

/** Mock tests started and not submitted whose clock has not run out: they can still be resumed. */
export async function findUnfinishedMocks(db: Db, userId: string, now: Date): Promise<UnfinishedMock[]> {
  const attempts = await db.attempt.findMany({
    where: { userId, mode: "mock", submittedAt: null, OR: [{ deadline: { gt: now } }, { deadline: null }] },
    orderBy: { startedAt: "desc" },
    take: 5,
    select: { id: true, startedAt: true, deadline: true, questionIds: true, _count: { select: { answers: { where: { chosenIndex: { not: null } } } } } },
  });
  return attempts.map((a) => ({
    id: a.id,
    startedAt: a.startedAt,
    deadline: a.deadline,
    questions: a.questionIds.length,
    answered: a._count.answers,
  }));
}
