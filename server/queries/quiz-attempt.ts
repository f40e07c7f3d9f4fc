import "server-only";
import type { Db } from "@/server/db";
import { formatPenalty, formatReward } from "@/lib/quiz/marking-scheme";
import { findOwnAttempt, isFinished } from "@/server/quiz/attempt-access";
import { loadAttemptQuestions } from "@/server/quiz/question-bank";
import { toPublicQuestion } from "@/server/quiz/public-question";
import { buildFeedback, loadFeedbackFacts } from "@/server/quiz/feedback";
import { GRACE_MS, QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import type { AttemptView, Feedback, SavedAnswer } from "@/server/quiz/view-types";

/**
 * An attempt as its owner's browser may see it. A mock in progress carries no answers;
 * practice carries feedback only for questions already answered (their answer is final).
 */
export async function getAttemptView(db: Db, userId: string, attemptId: string, now: Date): Promise<AttemptView> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  const questions = await loadAttemptQuestions(db, attempt.questionIds);
  const rows = await db.attemptAnswer.findMany({
    where: { attemptId },
    select: { questionId: true, chosenIndex: true, marked: true, timeSpentMs: true },
  });
  const answers: Record<string, SavedAnswer> = {};
  for (const r of rows) answers[r.questionId] = { chosenIndex: r.chosenIndex, marked: r.marked, timeSpentMs: r.timeSpentMs };

  const feedback: Record<string, Feedback> = {};
  if (attempt.mode === "practice") {
    const answered = questions.filter((q) => answers[q.id]?.chosenIndex != null);
    const facts = await loadFeedbackFacts(db, answered);
    for (const q of answered) feedback[q.id] = buildFeedback(q, answers[q.id]!.chosenIndex, facts);
  }

  return {
    id: attempt.id,
    mode: attempt.mode,
    topicIds: attempt.topicIds,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
    graceMs: GRACE_MS,
    finished: isFinished(attempt, now),
    currentIndex: Math.min(attempt.currentIndex, questions.length - 1),
    questions: questions.map(toPublicQuestion),
    answers,
    feedback,
    scheme: { name: QUIZ_SCHEME.name, perCorrect: formatReward(QUIZ_SCHEME), perWrong: formatPenalty(QUIZ_SCHEME) },
  };
}
