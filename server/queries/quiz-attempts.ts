import "server-only";
import type { Db } from "@/server/db";
import { isFinished } from "@/server/quiz/attempt-access";

export type AttemptSummary = {
  id: string;
  mode: "practice" | "mock";
  topicIds: string[];
  questionCount: number;
  answeredCount: number;
  startedAt: string;
  deadline: string | null;
  finished: boolean;
  /** Never submitted and not for an assignment: the student may throw it away. */
  discardable: boolean;
  /** Net marks of a submitted attempt. */
  score: number | null;
};

/** The student's recent attempts, newest first, with how far each got. */
export async function listRecentAttempts(db: Db, userId: string, now: Date, take = 20): Promise<AttemptSummary[]> {
  const attempts = await db.attempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      mode: true,
      topicIds: true,
      questionIds: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      score: true,
      assignmentId: true,
      _count: { select: { answers: { where: { chosenIndex: { not: null } } } } },
    },
  });
  return attempts.map((a) => ({
    id: a.id,
    mode: a.mode,
    topicIds: a.topicIds,
    questionCount: a.questionIds.length,
    answeredCount: a._count.answers,
    startedAt: a.startedAt.toISOString(),
    deadline: a.deadline?.toISOString() ?? null,
    finished: isFinished(a, now),
    discardable: a.submittedAt === null && a.assignmentId === null,
    score: a.score,
  }));
}
