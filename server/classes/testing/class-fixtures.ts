import "server-only";
import { insertQuestionRows } from "@/server/testing/question-rows";
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import type { Question } from "@/lib/content/question-schema";
import { howManyQ, mainsQ, singleQ } from "@/lib/quiz/test-fixtures";
import { createTestUser } from "@/server/testing/test-users";
import { newJoinCode } from "../join-code";

/**
 * Invented content for class tests: topic "cls-a" has 3 cards and 4 prelims questions,
 * "cls-b" 2 cards and 1 question, "cls-empty" nothing at all.
 */
export const CLASS_QUESTIONS: Question[] = [
  singleQ(0, { id: "cls-q1", topicIds: ["cls-a"] }),
  singleQ(1, { id: "cls-q2", topicIds: ["cls-a"] }),
  singleQ(2, { id: "cls-q3", topicIds: ["cls-a", "cls-b"] }),
  howManyQ([true, true, false], { id: "cls-q4", topicIds: ["cls-a"] }),
  singleQ(3, { id: "cls-q5", topicIds: ["cls-b"] }),
  mainsQ({ id: "cls-mains", topicIds: ["cls-a"] }),
];
export const CARDS = { "cls-a": ["cls-a-1", "cls-a-2", "cls-a-3"], "cls-b": ["cls-b-1", "cls-b-2"] } as const;

export async function seedClassContent(db: Db): Promise<void> {
  const topic = (id: string, order: number) => ({
    id,
    title: `Invented topic ${id}`,
    summary: "Made up for class tests.",
    whyItMatters: "Gives the tests something to assign.",
    syllabusTags: ["GS2: bilateral relations"],
    relatedTopics: [],
    asOf: new Date("2026-01-01"),
    order,
    contentHash: "h",
  });
  await db.topic.createMany({ data: [topic("cls-a", 1), topic("cls-b", 2), topic("cls-empty", 3)], skipDuplicates: true });
  const cards = Object.entries(CARDS).flatMap(([topicId, ids]) =>
    ids.map((id, order) => ({ id, topicId, factIds: [], kind: "basic" as const, front: `Front of ${id}`, back: `Back of ${id}`, order, contentHash: "h" })),
  );
  await db.flashcard.createMany({ data: cards, skipDuplicates: true });
  await insertQuestionRows(db, CLASS_QUESTIONS);
}

/** A teacher with a class and a topic set, a member student, an outsider and a rival teacher. */
export async function createClassWorld(db: Db, now: Date) {
  const [teacher, member, outsider, rival] = await Promise.all([
    createTestUser(db, "teacher", "Teacher Tara"),
    createTestUser(db, "student", "Member Meera"),
    createTestUser(db, "student", "Outsider Omar"),
    createTestUser(db, "teacher", "Rival Ravi"),
  ]);
  const made = await createClassWithAssignment(db, { teacherId: teacher.id, studentIds: [member.id], topicIds: ["cls-a"], now });
  return { teacher, member, outsider, rival, ...made };
}

/** A review of `cardId` by `userId` at `at`, as the review helper would log it. */
export async function logReview(db: Db, userId: string, cardId: string, at: Date, opts: { undone?: boolean; baseVersion?: number; stability?: number } = {}) {
  await db.reviewLog.create({
    data: {
      id: randomUUID(),
      userId,
      cardId,
      rating: 3,
      state: "new",
      due: at,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      durationMs: 4000,
      reviewedAt: at,
      baseVersion: opts.baseVersion ?? 0,
      previous: {},
      undoneAt: opts.undone ? at : null,
    },
  });
  if (opts.undone) return;
  await db.cardState.upsert({
    where: { userId_cardId: { userId, cardId } },
    create: { userId, cardId, state: "review", due: new Date(at.getTime() + 3 * 86_400_000), stability: opts.stability ?? 3, difficulty: 5, reps: 1, lastReview: at },
    update: {},
  });
}

/** Every row a class route might touch, for before/after comparison. */
export async function snapshotClassTables(db: Db) {
  const [classes, members, topicSets, assignments, attempts, answers, rateLimitHits, resetTokens] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.classMember.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    db.topicSet.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.attempt.findMany({ orderBy: { id: "asc" } }),
    db.attemptAnswer.findMany({ orderBy: [{ attemptId: "asc" }, { questionId: "asc" }] }),
    db.rateLimitHit.findMany({ orderBy: { id: "asc" } }),
    db.passwordResetToken.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { classes, members, topicSets, assignments, attempts, answers, rateLimitHits, resetTokens };
}

/**
 * A teacher's "Evening batch" with these members, a topic set of these topics, and an assignment of it
 * (review and practice, three "cls-a" questions, ten minutes) that started a day ago and is due in a week.
 */
export async function createClassWithAssignment(db: Db, options: { teacherId: string; studentIds: string[]; topicIds: string[]; now: Date }) {
  const { teacherId, studentIds, topicIds, now } = options;
  const cls = await db.class.create({
    data: { teacherId, name: "Evening batch", examYear: 2027, joinCode: newJoinCode(), members: { create: studentIds.map((studentId) => ({ studentId })) } },
    select: { id: true, joinCode: true },
  });
  const set = await db.topicSet.create({ data: { teacherId, name: "Set A", topicIds, questionIds: [] }, select: { id: true } });
  const assignment = await db.assignment.create({
    data: {
      classId: cls.id,
      topicSetId: set.id,
      kind: "both",
      startsAt: new Date(now.getTime() - 86_400_000),
      dueAt: new Date(now.getTime() + 7 * 86_400_000),
      questionIds: ["cls-q1", "cls-q2", "cls-q3"],
      timeLimitMinutes: 10,
    },
    select: { id: true },
  });
  return { classId: cls.id, joinCode: cls.joinCode, topicSetId: set.id, assignmentId: assignment.id };
}
