import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { scoreAttempt } from "@/lib/quiz/score-attempt";
import { scale } from "@/lib/quiz/fraction";
import { formatMarks, formatPenalty, formatReward } from "@/lib/quiz/marking-scheme";
import { guessingAdvice, type GuessingVerdict } from "@/lib/quiz/guessing-advice";
import { findOwnAttempt, isFinished } from "@/server/quiz/attempt-access";
import { loadAttemptQuestions } from "@/server/quiz/question-bank";
import { toPublicQuestion } from "@/server/quiz/public-question";
import { buildFeedback, loadFeedbackFacts } from "@/server/quiz/feedback";
import { QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import type { Feedback, PublicQuestion } from "@/server/quiz/view-types";

type Counts = { questions: number; correct: number; wrong: number; blank: number; accuracy: number | null };

export type AttemptResult = Counts & {
  id: string;
  mode: "practice" | "mock";
  startedAt: string;
  submittedAt: string | null;
  scheme: { name: string; perCorrect: string; perWrong: string };
  /** Net marks, formatted exactly (from fractions) to two decimals. */
  marks: string;
  maxMarks: string;
  marksFromCorrect: string;
  /** Deducted for wrong answers, as a positive amount; already included in `marks`. */
  marksLostToPenalty: string;
  attempted: number;
  totalTimeMs: number;
  byTopic: (Counts & { topicId: string; title: string; marks: string })[];
  perQuestion: { number: number; question: PublicQuestion; feedback: Feedback; marks: string; marked: boolean; timeSpentMs: number }[];
  guessing: { verdict: GuessingVerdict; advice: string; markedAttempted: number; markedCorrect: number };
};

/** The full result of a finished attempt; its owner only. */
export async function getAttemptResult(db: Db, userId: string, attemptId: string, now: Date): Promise<AttemptResult> {
  const attempt = await findOwnAttempt(db, userId, attemptId);
  if (!isFinished(attempt, now)) throw new AppError("conflict", "This test is still in progress: submit it to see the result.");
  const questions = await loadAttemptQuestions(db, attempt.questionIds);
  const rows = await db.attemptAnswer.findMany({ where: { attemptId }, select: { questionId: true, chosenIndex: true, marked: true, timeSpentMs: true } });
  const saved = new Map(rows.map((r) => [r.questionId, r]));
  const score = scoreAttempt(questions, rows.map(({ questionId, chosenIndex }) => ({ questionId, chosenIndex })), QUIZ_SCHEME);

  const facts = await loadFeedbackFacts(db, questions);
  const topicIds = score.byTopic.map((t) => t.topicId);
  const topics = await db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, title: true, order: true } });
  const topicById = new Map(topics.map((t) => [t.id, t]));

  // Marked-for-review answers are the student's own record of guessing.
  const marked = score.results.filter((r) => saved.get(r.questionId)?.marked && r.outcome !== "blank");
  const markedCorrect = marked.filter((r) => r.outcome === "correct").length;
  const advice = guessingAdvice({ correct: markedCorrect, total: marked.length }, QUIZ_SCHEME);

  const counts = (t: { questions: number; correct: number; wrong: number; blank: number; accuracy: number | null }): Counts => ({
    questions: t.questions,
    correct: t.correct,
    wrong: t.wrong,
    blank: t.blank,
    accuracy: t.accuracy,
  });

  return {
    id: attempt.id,
    mode: attempt.mode,
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    scheme: { name: QUIZ_SCHEME.name, perCorrect: formatReward(QUIZ_SCHEME), perWrong: formatPenalty(QUIZ_SCHEME) },
    ...counts(score),
    marks: formatMarks(score.marks),
    maxMarks: formatMarks(score.maxMarks),
    marksFromCorrect: formatMarks(scale(QUIZ_SCHEME.correct, score.correct)),
    marksLostToPenalty: formatMarks(score.marksLostToPenalty),
    attempted: score.correct + score.wrong,
    totalTimeMs: rows.reduce((total, r) => total + r.timeSpentMs, 0),
    byTopic: score.byTopic
      .map((t) => ({ ...counts(t), topicId: t.topicId, title: topicById.get(t.topicId)?.title ?? t.topicId, marks: formatMarks(t.marks), order: topicById.get(t.topicId)?.order ?? Infinity }))
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...t }) => t),
    perQuestion: score.results.map((r, i) => ({
      number: i + 1,
      question: toPublicQuestion(questions[i]!),
      feedback: buildFeedback(questions[i]!, r.chosenIndex, facts),
      marks: formatMarks(r.marks),
      marked: saved.get(r.questionId)?.marked ?? false,
      timeSpentMs: saved.get(r.questionId)?.timeSpentMs ?? 0,
    })),
    guessing: { verdict: advice.verdict, advice: advice.advice, markedAttempted: marked.length, markedCorrect },
  };
}
