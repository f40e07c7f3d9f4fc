import "server-only";
import { randomUUID } from "node:crypto";
import type { Question } from "@/lib/content/question-schema";
import type { Db } from "@/server/db";
import type { CardStage } from "@/server/generated/prisma/client";

const DAY_MS = 86_400_000;
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/**
 * Made-up topics (not from any article), each with one fact per card: card ids are
 * "<prefix>-t<n>-c<m>" and fact ids "<card id>-fact".
 */
export async function seedStatsDeck(db: Db, { topics = 2, perTopic = 3 } = {}) {
  const prefix = randomUUID().slice(0, 8);
  const deck: { topicId: string; cardIds: string[] }[] = [];
  for (let t = 1; t <= topics; t++) {
    const topicId = `${prefix}-t${t}`;
    await db.topic.create({
      data: { id: topicId, title: `Stats topic ${t}`, summary: "Invented.", whyItMatters: "Testing.", asOf: new Date("2026-01-01"), order: t, contentHash: "x" },
    });
    const cardIds: string[] = [];
    for (let c = 1; c <= perTopic; c++) {
      const cardId = `${topicId}-c${c}`;
      await db.fact.create({
        data: { id: `${cardId}-fact`, topicId, statement: `Invented statement ${t}.${c}.`, sources: [], order: c, contentHash: "x" },
      });
      await db.flashcard.create({
        data: { id: cardId, topicId, factIds: [`${cardId}-fact`], kind: "basic", front: `Q ${t}.${c}?`, back: "A", order: c, contentHash: "x" },
      });
      cardIds.push(cardId);
    }
    deck.push({ topicId, cardIds });
  }
  return deck;
}

let version = 0;

/** One ReviewLog row; `state` and `scheduledDays` describe the card before the answer, as the app writes them. */
export async function addLog(
  db: Db,
  userId: string,
  cardId: string,
  reviewedAt: Date,
  { rating = 3, state = "review", scheduledDays = 5, durationMs = 1000, undoneAt = null }: {
    rating?: number;
    state?: CardStage;
    scheduledDays?: number;
    durationMs?: number;
    undoneAt?: Date | null;
  } = {},
) {
  await db.reviewLog.create({
    data: {
      id: randomUUID(),
      userId,
      cardId,
      rating,
      state,
      due: reviewedAt,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays,
      durationMs,
      reviewedAt,
      baseVersion: ++version,
      previous: {},
      undoneAt,
    },
  });
}

/** A CardState row; a review-state card needs lastReview and stability. */
export async function addCardState(
  db: Db,
  userId: string,
  cardId: string,
  { state = "review", due, stability = 10, lastReview = null, suspended = false, needsRelearn = false, scheduledDays = 10 }: {
    state?: CardStage;
    due: Date;
    stability?: number;
    lastReview?: Date | null;
    suspended?: boolean;
    needsRelearn?: boolean;
    scheduledDays?: number;
  },
) {
  await db.cardState.create({
    data: { userId, cardId, state, due, stability, difficulty: 5, scheduledDays, lastReview, suspended, needsRelearn, reps: state === "new" ? 0 : 1 },
  });
}

export async function addQuestions(db: Db, questions: readonly Question[]) {
  for (const [order, q] of questions.entries()) {
    await db.question.create({
      data: {
        id: q.id,
        kind: q.kind,
        topicIds: [...q.topicIds],
        factIds: [...q.factIds],
        difficulty: q.difficulty,
        syllabusTag: q.syllabusTag,
        data: JSON.parse(JSON.stringify(q)),
        order,
        contentHash: "x",
      },
    });
  }
}

/** A mock attempt with answers (null = left blank). */
export async function addMock(
  db: Db,
  userId: string,
  { questionIds, answers, startedAt, submittedAt = null, deadline = null, mode = "mock", score = null }: {
    questionIds: string[];
    answers: Record<string, number | null>;
    startedAt: Date;
    submittedAt?: Date | null;
    deadline?: Date | null;
    mode?: "mock" | "practice";
    score?: number | null;
  },
) {
  return db.attempt.create({
    data: {
      userId,
      mode,
      questionIds,
      startedAt,
      submittedAt,
      deadline,
      score,
      answers: { create: Object.entries(answers).map(([questionId, chosenIndex]) => ({ questionId, chosenIndex, answeredAt: startedAt })) },
    },
  });
}

export async function setClock(db: Db, userId: string, timeZone: string, dayStartHour: number, extra: { newCardsPerDay?: number } = {}) {
  await db.studySettings.upsert({
    where: { userId },
    create: { userId, timeZone, dayStartHour, ...extra },
    update: { timeZone, dayStartHour, ...extra },
  });
}
