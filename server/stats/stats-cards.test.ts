import { describe, expect, it } from "vitest";
import { fsrs } from "ts-fsrs";
import { isPrelimsQuestion, type PrelimsQuestion } from "@/lib/content/question-schema";
import { singleQ } from "@/lib/quiz/test-fixtures";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { addCardState, addMock, addQuestions, daysAfter, seedStatsDeck, setClock } from "./testing/stats-fixtures";
import { getStudentStats } from "./get-stats";

const testDb = withTestDatabase();
const NOW = new Date("2026-05-11T06:00:00Z"); // 11:30 in Kolkata: study day 2026-05-11
const at = (iso: string) => new Date(iso);

describe("due forecast", () => {
  it("buckets due cards by study day, overdue into today, leaving out new, suspended, retired and far cards", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4);
    const deck = await seedStatsDeck(db, { topics: 3, perTopic: 3 });
    const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = deck.flatMap((t) => t.cardIds) as string[];
    const seen = { lastReview: daysAfter(NOW, -3) };
    await addCardState(db, user.id, c1!, { ...seen, due: at("2026-05-05T10:00:00Z") }); // overdue
    await addCardState(db, user.id, c2!, { ...seen, due: at("2026-05-10T22:00:00Z") }); // 03:30 IST on the 11th: the 10th, overdue
    await addCardState(db, user.id, c3!, { ...seen, state: "learning", due: at("2026-05-11T23:00:00Z") }); // 04:30 IST on the 12th
    await addCardState(db, user.id, c4!, { ...seen, due: at("2026-05-11T22:00:00Z") }); // 03:30 IST on the 12th: still today
    await addCardState(db, user.id, c5!, { ...seen, due: at("2026-05-12T10:00:00Z"), suspended: true });
    await addCardState(db, user.id, c6!, { state: "new", due: NOW, stability: 0 });
    await addCardState(db, user.id, c7!, { ...seen, due: at("2026-06-10T10:00:00Z") }); // 30 days on: past the forecast
    await addCardState(db, user.id, c8!, { ...seen, due: at("2026-05-20T10:00:00Z"), needsRelearn: true }); // due now
    await addCardState(db, user.id, c9!, { ...seen, due: at("2026-05-13T10:00:00Z") });
    await db.flashcard.update({ where: { id: c9! }, data: { retiredAt: NOW } });

    const { forecast } = await getStudentStats(db, user.id, NOW);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-05-11", count: 4, overdue: 2 });
    expect(forecast[1]).toEqual({ day: "2026-05-12", count: 1, overdue: 0 });
    expect(forecast.slice(2).every((d) => d.count === 0)).toBe(true);
    expect(forecast.at(-1)?.day).toBe("2026-06-09");
  });
});

describe("topic mastery and exam readiness", () => {
  it("averages recall of introduced cards per topic and lists the weakest facts with links", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4);
    await db.studySettings.update({ where: { userId: user.id }, data: { examDate: new Date("2026-05-21T00:00:00Z") } });
    const [t1, t2] = await seedStatsDeck(db, { topics: 2, perTopic: 3 });
    const [a, b] = t1!.cardIds;
    // The exam's study day starts at 04:00 IST on 21 May = 2026-05-20T22:30Z; card a was seen exactly
    // S = 10 days before that, so its recall on exam day without study is 0.9 by FSRS's definition.
    const examAt = at("2026-05-20T22:30:00Z");
    await addCardState(db, user.id, a!, { lastReview: daysAfter(examAt, -10), stability: 10, due: daysAfter(examAt, -5) });
    await addCardState(db, user.id, b!, { lastReview: NOW, stability: 5, due: daysAfter(NOW, 40) });

    const stats = await getStudentStats(db, user.id, NOW);
    const m1 = stats.mastery.find((m) => m.topicId === t1!.topicId);
    const m2 = stats.mastery.find((m) => m.topicId === t2!.topicId);
    expect(m1).toMatchObject({ topicId: t1!.topicId, cardCount: 3, introduced: 2 });
    expect(m1?.shareIntroduced).toBeCloseTo(2 / 3, 12);
    // b was seen just now (recall 1); a seven and a half hours ago, with 10 days' stability.
    expect(m1?.averageRecall).toBeGreaterThan(0.99);
    expect(m1?.averageRecall).toBeLessThan(1);
    expect(m2).toMatchObject({ topicId: t2!.topicId, introduced: 0, shareIntroduced: 0, averageRecall: null });

    expect(stats.exam.status).toBe("set");
    if (stats.exam.status !== "set") return;
    expect(stats.exam.daysLeft).toBe(10);
    const [weakest, next] = stats.exam.weakestFacts;
    expect(weakest).toMatchObject({ factId: `${b}-fact`, topicId: t1!.topicId, statement: "Invented statement 1.2." });
    expect(weakest?.noStudy).toBeLessThan(0.9);
    expect(next?.factId).toBe(`${a}-fact`);
    expect(next?.noStudy).toBeCloseTo(0.9, 10);
    // a falls due before the exam, so keeping the schedule reviews it and holds recall higher.
    expect(next?.keepSchedule).toBeGreaterThan(0.9);
    const topic = (id: string) => stats.exam.status === "set" && stats.exam.topics.find((t) => t.topicId === id);
    expect(topic(t1!.topicId)).toMatchObject({ introduced: 2 });
    expect(topic(t2!.topicId)).toMatchObject({ introduced: 0, noStudy: null, keepSchedule: null });
  });

  it("predicts recall now and on exam day with the student's own FSRS parameters", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4);
    await db.studySettings.update({ where: { userId: user.id }, data: { examDate: new Date("2026-05-21T00:00:00Z") } });
    const [t1] = await seedStatsDeck(db, { topics: 1, perTopic: 1 });
    await addCardState(db, user.id, t1!.cardIds[0]!, { lastReview: daysAfter(NOW, -20), stability: 10, due: daysAfter(NOW, 60) });
    const before = await getStudentStats(db, user.id, NOW);
    // A much steeper forgetting curve (decay w20 = 0.8 instead of about 0.15): past S days recall falls faster.
    const own = [...fsrs().parameters.w];
    own[20] = 0.8;
    await db.studySettings.update({ where: { userId: user.id }, data: { fsrsParameters: own } });
    const after = await getStudentStats(db, user.id, NOW);
    const recall = (s: typeof before) => s.mastery.find((m) => m.topicId === t1!.topicId)?.averageRecall ?? NaN;
    expect(recall(after)).toBeLessThan(recall(before) - 0.01);
    const onExamDay = (s: typeof before) => (s.exam.status === "set" ? s.exam.topics.find((t) => t.topicId === t1!.topicId)?.noStudy ?? NaN : NaN);
    expect(onExamDay(after)).toBeLessThan(onExamDay(before) - 0.01);
  });

  it("reports an exam date that has passed instead of predicting", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await db.studySettings.update({ where: { userId: user.id }, data: { examDate: new Date("2026-05-11T00:00:00Z") } });
    expect((await getStudentStats(db, user.id, NOW)).exam).toEqual({ status: "past", examDate: "2026-05-11" });
  });
});

describe("mock-test history", () => {
  it("rescores submitted mock tests only, oldest first, with marks lost to negative marking", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    const questions = [0, 1, 2].map((c, i) => singleQ(c, { id: `${user.id}-q${i}` })).filter(isPrelimsQuestion) as PrelimsQuestion[];
    await addQuestions(db, questions);
    const ids = questions.map((q) => q.id);
    const [q0, q1, q2] = ids as [string, string, string];
    await addMock(db, user.id, { questionIds: ids, answers: { [q0]: 0, [q1]: 3, [q2]: null }, startedAt: daysAfter(NOW, -3), submittedAt: daysAfter(NOW, -3) });
    await addMock(db, user.id, { questionIds: ids, answers: { [q0]: 0, [q1]: 1, [q2]: 2 }, startedAt: daysAfter(NOW, -1), submittedAt: daysAfter(NOW, -1) });
    await addMock(db, user.id, { questionIds: ids, answers: { [q0]: 1 }, startedAt: daysAfter(NOW, -2), submittedAt: daysAfter(NOW, -2), mode: "practice" });
    await addMock(db, user.id, { questionIds: ids, answers: { [q0]: 1 }, startedAt: NOW, deadline: daysAfter(NOW, 1) }); // unfinished

    const { mocks } = await getStudentStats(db, user.id, NOW);
    expect(mocks).toHaveLength(2);
    expect(mocks[0]).toMatchObject({ questions: 3, correct: 1, wrong: 1, blank: 1, maxMarks: 6, accuracy: 0.5 });
    expect(mocks[0]?.marks).toBeCloseTo(2 - 2 / 3, 12);
    expect(mocks[0]?.marksLost).toBeCloseTo(2 / 3, 12);
    expect(mocks[1]).toMatchObject({ correct: 3, wrong: 0, blank: 0, marks: 6, marksLost: 0, scoreShare: 1, accuracy: 1 });
  });
});
