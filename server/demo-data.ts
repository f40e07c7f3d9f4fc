import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import { createScheduler, DEFAULT_STUDY_SETTINGS, newCardSchedule, scheduleReview, type CardSchedule, type Grade } from "@/lib/srs";
import { createRandom } from "@/lib/quiz/seeded-random";
import { scoreAttempt } from "@/lib/quiz/score-attempt";
import { toNumber } from "@/lib/quiz/fraction";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { UNUSABLE_PASSWORD_HASH } from "@/server/auth/password";
import { listActivePrelims } from "@/server/quiz/question-bank";
import { QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import { newJoinCode } from "@/server/classes/join-code";

const DAY = 86_400_000;
const MINUTE = 60_000;
export const DEMO_CLASS_NAME = "Demo batch: GS2 International Relations";
export const DEMO_HISTORY_DAYS = 21;

/** The eleven classmates of the demo student: names, and how keen and how accurate each is. */
const CLASSMATES = [
  ["Aarav Mehta", 0.95, 0.92],
  ["Diya Nair", 0.9, 0.85],
  ["Ishaan Gupta", 0.8, 0.8],
  ["Kavya Reddy", 0.75, 0.88],
  ["Rohan Das", 0.6, 0.7],
  ["Saanvi Iyer", 0.55, 0.75],
  ["Arjun Singh", 0.45, 0.65],
  ["Meera Pillai", 0.35, 0.7],
  ["Vikram Joshi", 0.25, 0.6],
  ["Ananya Bose", 0.15, 0.55],
  ["Kabir Khan", 0, 0],
] as const;

type Rows = {
  users: { id: string; email: string; name: string; role: "student"; passwordHash: string; createdAt: Date; lastActiveAt: Date | null }[];
  cardStates: Prisma.CardStateCreateManyInput[];
  reviewLogs: (Prisma.ReviewLogCreateManyInput & { reviewedAt: Date })[];
  attempts: Prisma.AttemptCreateManyInput[];
  answers: Prisma.AttemptAnswerCreateManyInput[];
};

/**
 * Three weeks of reviews for one student, simulated with the real scheduler: on the days they
 * study (chance `keen`), every due card comes back, then a few new ones; each answer is Good with
 * chance `accuracy`, otherwise Again or Hard. Learning steps repeat within the session.
 */
function simulateReviews(rows: Rows, userId: string, cardIds: readonly string[], keen: number, accuracy: number, now: Date, seed: string) {
  const random = createRandom(seed);
  const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS, { fuzz: false });
  const cards = new Map<string, { schedule: CardSchedule; version: number }>();
  let next = 0;
  for (let day = DEMO_HISTORY_DAYS; day >= 1; day--) {
    if (random() >= keen) continue;
    // About 7 p.m. in India, give or take an hour.
    let at = new Date(Math.floor((now.getTime() - day * DAY) / DAY) * DAY + 13.5 * 60 * MINUTE + Math.floor(random() * 120) * MINUTE);
    const sessionEnd = at.getTime() + 90 * MINUTE;
    for (let i = 0; i < 4 + Math.floor(random() * 5) && next < cardIds.length; i++) {
      cards.set(cardIds[next++]!, { schedule: newCardSchedule(at), version: 0 });
    }
    for (let pass = 0; pass < 6 && at.getTime() < sessionEnd; pass++) {
      const due = [...cards].filter(([, c]) => c.schedule.due.getTime() <= at.getTime());
      if (due.length === 0) {
        at = new Date(at.getTime() + 10 * MINUTE);
        continue;
      }
      for (const [cardId, card] of due) {
        const roll = random();
        const rating: Grade = roll < accuracy ? (roll < accuracy * 0.15 ? 4 : 3) : roll < accuracy + (1 - accuracy) / 2 ? 2 : 1;
        const before = card.schedule;
        const { next: after, log } = scheduleReview(before, rating, at, scheduler);
        rows.reviewLogs.push({
          id: randomUUID(),
          userId,
          cardId,
          rating,
          state: log.state,
          due: log.due,
          stability: log.stability,
          difficulty: log.difficulty,
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
          durationMs: 3000 + Math.floor(random() * 9000),
          reviewedAt: at,
          baseVersion: card.version,
          previous: { ...before, due: before.due.toISOString(), lastReview: before.lastReview?.toISOString() ?? null },
        });
        card.schedule = after;
        card.version += 1;
        at = new Date(at.getTime() + 20_000 + Math.floor(random() * 40_000));
      }
    }
  }
  for (const [cardId, { schedule, version }] of cards) {
    rows.cardStates.push({ userId, cardId, ...schedule, version, addedFrom: "queue", createdAt: now, updatedAt: schedule.lastReview ?? now });
  }
}

/** A submitted test: each answer right with chance `accuracy`, else a wrong option or blank. */
function submittedTest(
  rows: Rows,
  input: { userId: string; questions: readonly PrelimsQuestion[]; accuracy: number; startedAt: Date; assignmentId: string | null; mode: "practice" | "mock"; seed: string },
) {
  const random = createRandom(input.seed);
  const id = randomUUID();
  const chosen = input.questions.map((q) => {
    const right = correctOptionIndex(q);
    const roll = random();
    if (roll < input.accuracy) return right;
    if (roll > 0.93) return null;
    return (right + 1 + Math.floor(random() * 3)) % 4;
  });
  const score = toNumber(scoreAttempt(input.questions, input.questions.map((q, i) => ({ questionId: q.id, chosenIndex: chosen[i]! })), QUIZ_SCHEME).marks);
  const minutes = input.questions.length * 1.2;
  rows.attempts.push({
    id,
    userId: input.userId,
    mode: input.mode,
    topicIds: [...new Set(input.questions.flatMap((q) => q.topicIds))],
    questionIds: input.questions.map((q) => q.id),
    startedAt: input.startedAt,
    deadline: new Date(input.startedAt.getTime() + Math.ceil(minutes) * MINUTE),
    submittedAt: new Date(input.startedAt.getTime() + minutes * 0.8 * MINUTE),
    currentIndex: input.questions.length - 1,
    score,
    assignmentId: input.assignmentId,
  });
  input.questions.forEach((q, i) => {
    rows.answers.push({ attemptId: id, questionId: q.id, chosenIndex: chosen[i], answeredAt: input.startedAt, timeSpentMs: 30_000 + Math.floor(random() * 60_000) });
  });
}

/**
 * Fills the demo accounts with three weeks of life: the demo student's reviews, a finished mock and a
 * class; the demo teacher's class of 12 with a topic set, an assignment and varied progress. Written
 * in a few bulk inserts so a cold `npm start` stays fast. Does nothing if the demo class exists, or
 * without the demo accounts or content.
 */
export async function seedDemoData(db: Db, emails: { student: string; teacher: string }, now: Date): Promise<{ reviews: number; students: number } | null> {
  const [student, teacher] = await Promise.all([
    db.user.findUnique({ where: { email: emails.student }, select: { id: true } }),
    db.user.findUnique({ where: { email: emails.teacher }, select: { id: true } }),
  ]);
  if (!student || !teacher) return null;
  if (await db.class.findFirst({ where: { teacherId: teacher.id, name: DEMO_CLASS_NAME }, select: { id: true } })) return null;
  const topics = await db.topic.findMany({ where: { retiredAt: null, ownerId: null }, orderBy: { order: "asc" }, take: 3, select: { id: true, title: true } });
  if (topics.length === 0) return null;
  const setTopicIds = topics.slice(0, 2).map((t) => t.id);
  const cards = await db.flashcard.findMany({
    where: { topicId: { in: topics.map((t) => t.id) }, retiredAt: null, ownerId: null },
    orderBy: [{ topicId: "asc" }, { order: "asc" }],
    select: { id: true, topicId: true },
  });
  const setCardIds = cards.filter((c) => c.topicId !== null && setTopicIds.includes(c.topicId)).map((c) => c.id);
  const allPrelims = await listActivePrelims(db);
  const setQuestions = allPrelims.filter((q) => q.topicIds.some((t) => setTopicIds.includes(t))).slice(0, 5);

  const rows: Rows = { users: [], cardStates: [], reviewLogs: [], attempts: [], answers: [] };
  const classmates = CLASSMATES.map(([name, keen, accuracy], i) => ({
    id: randomUUID(),
    name,
    keen,
    accuracy,
    email: `student${String(i + 1).padStart(2, "0")}@demo.dossier`,
  }));
  for (const c of classmates) {
    // Classmates exist to fill the teacher's screens; nobody can sign in as them.
    rows.users.push({ id: c.id, email: c.email, name: c.name, role: "student", passwordHash: UNUSABLE_PASSWORD_HASH, createdAt: new Date(now.getTime() - 30 * DAY), lastActiveAt: null });
  }

  const assignmentId = randomUUID();
  simulateReviews(rows, student.id, cards.map((c) => c.id), 0.85, 0.82, now, "demo-student");
  submittedTest(rows, { userId: student.id, questions: allPrelims.slice(0, 10), accuracy: 0.7, startedAt: new Date(now.getTime() - 3 * DAY), assignmentId: null, mode: "mock", seed: "demo-student-mock" });
  if (setQuestions.length > 0) {
    submittedTest(rows, { userId: student.id, questions: setQuestions, accuracy: 0.8, startedAt: new Date(now.getTime() - 2 * DAY), assignmentId, mode: "mock", seed: "demo-student-assignment" });
  }
  classmates.forEach((c, i) => {
    simulateReviews(rows, c.id, setCardIds, c.keen, c.accuracy, now, `classmate-${i}`);
    // The keener two thirds have taken the assignment's test.
    if (setQuestions.length > 0 && c.keen >= 0.35) {
      submittedTest(rows, { userId: c.id, questions: setQuestions, accuracy: c.accuracy, startedAt: new Date(now.getTime() - (1 + (i % 4)) * DAY), assignmentId, mode: "mock", seed: `classmate-test-${i}` });
    }
  });
  const lastReview = new Map<string, Date>();
  for (const log of rows.reviewLogs) {
    const at = log.reviewedAt;
    const userId = log.userId;
    if ((lastReview.get(userId)?.getTime() ?? 0) < at.getTime()) lastReview.set(userId, at);
  }
  for (const user of rows.users) user.lastActiveAt = lastReview.get(user.id) ?? null;

  await db.$transaction(async (tx) => {
    await tx.user.createMany({ data: rows.users });
    await tx.studySettings.createMany({ data: rows.users.map((u) => ({ userId: u.id })) });
    const cls = await tx.class.create({
      data: {
        teacherId: teacher.id,
        name: DEMO_CLASS_NAME,
        examYear: now.getUTCFullYear() + 1,
        joinCode: newJoinCode(),
        createdAt: new Date(now.getTime() - 25 * DAY),
        members: {
          create: [student.id, ...classmates.map((c) => c.id)].map((studentId, i) => ({ studentId, joinedAt: new Date(now.getTime() - (24 - i) * DAY) })),
        },
      },
      select: { id: true },
    });
    const set = await tx.topicSet.create({
      data: { teacherId: teacher.id, name: topics.slice(0, 2).map((t) => t.title).join(" + "), topicIds: setTopicIds, questionIds: [] },
      select: { id: true },
    });
    await tx.assignment.create({
      data: {
        id: assignmentId,
        classId: cls.id,
        topicSetId: set.id,
        kind: setQuestions.length > 0 ? "both" : "review",
        startsAt: new Date(now.getTime() - 7 * DAY),
        dueAt: new Date(now.getTime() + 7 * DAY),
        questionIds: setQuestions.map((q) => q.id),
        timeLimitMinutes: setQuestions.length > 0 ? Math.max(5, setQuestions.length * 2) : null,
        createdAt: new Date(now.getTime() - 7 * DAY),
      },
    });
    await tx.cardState.createMany({ data: rows.cardStates });
    await tx.reviewLog.createMany({ data: rows.reviewLogs });
    await tx.attempt.createMany({ data: rows.attempts });
    await tx.attemptAnswer.createMany({ data: rows.answers });
  });
  return { reviews: rows.reviewLogs.length, students: classmates.length + 1 };
}
