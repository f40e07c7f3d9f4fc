import "server-only";

import type { PublicQuestion, PublicQuestionBody } from "@/lib/quiz/public-question";

/** What the browser receives. Types only, so client components can `import type` them. */
export type { PublicQuestion, PublicQuestionBody };

export type Outcome = "correct" | "wrong" | "blank";

export type FeedbackItem = { label: string; text: string; correct: boolean; explanation: string | null };

export type FeedbackFact = { id: string; topicId: string; topicTitle: string; statement: string };

/** Sent only once an answer is final: after answering in practice, after submitting a mock. */
export type Feedback = {
  questionId: string;
  chosenIndex: number | null;
  correctIndex: number;
  outcome: Outcome;
  /** single: one explanation per option, in printed order. */
  optionExplanations: string[] | null;
  /** Statement formats: each statement or pair with its truth and explanation. */
  items: FeedbackItem[] | null;
  /** statement-i-ii: the explanation of the whole pair. */
  summary: string | null;
  facts: FeedbackFact[];
};

export type SavedAnswer = { chosenIndex: number | null; marked: boolean; timeSpentMs: number };

export type AttemptView = {
  id: string;
  mode: "practice" | "mock";
  topicIds: string[];
  startedAt: string;
  deadline: string | null;
  /** The server's clock when this view was built, so the countdown can correct for a skewed client clock. */
  serverNow: string;
  graceMs: number;
  finished: boolean;
  currentIndex: number;
  questions: PublicQuestion[];
  answers: Record<string, SavedAnswer>;
  /** Practice only: feedback for every question already answered. */
  feedback: Record<string, Feedback>;
  scheme: { name: string; perCorrect: string; perWrong: string };
};

export type SaveAnswerResult = { questionId: string; answer: SavedAnswer; feedback: Feedback | null };
