import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { visibleQuestions } from "@/server/studio/topic-access";
import { questionSchema } from "@/lib/content/question-schema";
import { findOwnMainsAnswer, loadMainsQuestion } from "@/server/quiz/mains/mains-questions";
import { countWords } from "@/lib/format/words";

export type MainsQuestionSummary = {
  id: string;
  directive: string;
  text: string;
  wordLimit: number;
  marks: number;
  topicIds: string[];
};

export type MainsAnswerSummary = { id: string; questionId: string; questionText: string; words: number; startedAt: string; updatedAt: string; submittedAt: string | null };

export type MainsAnswerView = {
  id: string;
  question: MainsQuestionSummary;
  text: string;
  startedAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** Revealed only after submitting, so the student writes from memory first. */
  framework: { introduction: string; keyPoints: string[]; wayForward: string } | null;
  rubric: { item: string; checked: boolean }[] | null;
};

const checksSchema = z.array(z.boolean()).catch([]);

/** Live mains questions in content order. */
export async function listMainsQuestions(db: Db, privateTopicIds: readonly string[] = []): Promise<MainsQuestionSummary[]> {
  const rows = await db.question.findMany({ where: { kind: "mains", retiredAt: null, ...visibleQuestions(privateTopicIds) }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { data: true } });
  return rows.flatMap((row) => {
    const q = questionSchema.safeParse(row.data);
    if (!q.success || q.data.kind !== "mains") return [];
    const { id, directive, text, wordLimit, marks, topicIds } = q.data;
    return [{ id, directive, text, wordLimit, marks, topicIds }];
  });
}

/** The student's mains answers, newest first. */
export async function listMainsAnswers(db: Db, userId: string): Promise<MainsAnswerSummary[]> {
  const answers = await db.mainsAnswer.findMany({ where: { userId }, orderBy: { startedAt: "desc" }, take: 100 });
  const questions = new Map((await listMainsQuestions(db)).map((q) => [q.id, q]));
  return answers.map((a) => ({
    id: a.id,
    questionId: a.questionId,
    questionText: questions.get(a.questionId)?.text ?? "(a question that has since been retired)",
    words: countWords(a.text),
    startedAt: a.startedAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
  }));
}

export async function getMainsAnswerView(db: Db, userId: string, answerId: string): Promise<MainsAnswerView> {
  const answer = await findOwnMainsAnswer(db, userId, answerId);
  const q = await loadMainsQuestion(db, answer.questionId);
  const done = answer.submittedAt !== null;
  const checks = checksSchema.parse(answer.rubric);
  return {
    id: answer.id,
    question: { id: q.id, directive: q.directive, text: q.text, wordLimit: q.wordLimit, marks: q.marks, topicIds: q.topicIds },
    text: answer.text,
    startedAt: answer.startedAt.toISOString(),
    updatedAt: answer.updatedAt.toISOString(),
    submittedAt: answer.submittedAt?.toISOString() ?? null,
    framework: done ? q.framework : null,
    rubric: done ? q.rubric.map((item, i) => ({ item, checked: checks[i] === true })) : null,
  };
}

/** The student's unfinished draft for a question, if any. */
export async function findOpenMainsDraft(db: Db, userId: string, questionId: string): Promise<{ id: string } | null> {
  return db.mainsAnswer.findFirst({ where: { userId, questionId, submittedAt: null }, orderBy: { startedAt: "desc" }, select: { id: true } });
}

/** A live mains question as shown before writing: no framework, no rubric. */
export async function getMainsQuestion(db: Db, questionId: string, privateTopicIds: readonly string[] = []): Promise<MainsQuestionSummary | null> {
  return (await listMainsQuestions(db, privateTopicIds)).find((q) => q.id === questionId) ?? null;
}
