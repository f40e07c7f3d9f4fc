import { describe, expect, it } from "vitest";
import { PUT } from "@/app/api/exam-date/route";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { addCardState, addLog, addMock, daysAfter, seedStatsDeck, setClock } from "./testing/stats-fixtures";
import { getDashboard } from "./get-dashboard";
import { setExamDate } from "./set-exam-date";

const testDb = withTestDatabase();
const NOW = new Date("2026-05-11T06:00:00Z"); // 11:30 in Kolkata: study day 2026-05-11

describe("dashboard", () => {
  it("shows today's queue, the new-card allowance left, streaks and resumable mock tests", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4, { newCardsPerDay: 3 });
    const [topic] = await seedStatsDeck(db, { topics: 1, perTopic: 5 });
    const [c1, c2, c3] = topic!.cardIds as [string, string, string];
    // c1 was introduced today (one of three new cards allowed) and is in a learning step.
    await addCardState(db, user.id, c1, { state: "learning", lastReview: daysAfter(NOW, -0.01), due: daysAfter(NOW, 0.005), stability: 1 });
    await addLog(db, user.id, c1, daysAfter(NOW, -0.01), { state: "new", scheduledDays: 0 });
    // c2 is an overdue review; c3 is not due for weeks. Reviews yesterday and the day before.
    await addCardState(db, user.id, c2, { lastReview: daysAfter(NOW, -5), due: daysAfter(NOW, -1), stability: 4 });
    await addCardState(db, user.id, c3, { lastReview: daysAfter(NOW, -2), due: daysAfter(NOW, 20), stability: 20 });
    await addLog(db, user.id, c2, daysAfter(NOW, -1));
    await addLog(db, user.id, c3, daysAfter(NOW, -2));
    await addLog(db, user.id, c3, daysAfter(NOW, -0.02), { undoneAt: NOW }); // undone: not a review today

    const open = await addMock(db, user.id, { questionIds: ["q1", "q2"], answers: { q1: 0 }, startedAt: NOW, deadline: daysAfter(NOW, 0.02) });
    await addMock(db, user.id, { questionIds: ["q1"], answers: {}, startedAt: daysAfter(NOW, -1), deadline: daysAfter(NOW, -0.9) }); // ran out
    await addMock(db, user.id, { questionIds: ["q1"], answers: {}, startedAt: NOW, submittedAt: NOW, deadline: daysAfter(NOW, 1) });
    await addMock(db, user.id, { questionIds: ["q1"], answers: {}, startedAt: NOW, mode: "practice" });

    const dashboard = await getDashboard(db, user.id, NOW);
    expect(dashboard.today).toBe("2026-05-11");
    expect(dashboard.queue).toEqual({ due: 1, learning: 1, new: 2 });
    expect(dashboard.reviewedToday).toBe(1);
    expect(dashboard.streaks).toEqual({ current: 3, longest: 3, reviewedToday: true });
    expect(dashboard.unfinishedMocks).toEqual([{ id: open.id, startedAt: NOW, deadline: daysAfter(NOW, 0.02), questions: 2, answered: 1 }]);
    const mine = dashboard.topics.find((t) => t.topicId === topic!.topicId);
    expect(mine).toMatchObject({ cardCount: 5, introduced: 3 });
    expect(dashboard.exam).toBeNull();
  });

  it("keeps yesterday's streak alive until today ends", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    await setClock(db, user.id, "Asia/Kolkata", 4);
    const [topic] = await seedStatsDeck(db, { topics: 1, perTopic: 1 });
    await addLog(db, user.id, topic!.cardIds[0]!, new Date("2026-05-10T22:00:00Z")); // 03:30 IST: still 10 May
    const dashboard = await getDashboard(db, user.id, NOW);
    expect(dashboard.streaks).toEqual({ current: 1, longest: 1, reviewedToday: false });
    expect(dashboard.reviewedToday).toBe(0);
  });
});

describe("exam date", () => {
  it("must be after the student's own today", async () => {
    const db = testDb.prisma;
    const user = await createTestUser(db);
    // 02:00 UTC on 11 May is still 10 May in New York, so 11 May is in the future there.
    await setClock(db, user.id, "America/New_York", 4);
    const early = new Date("2026-05-11T02:00:00Z");
    await expect(setExamDate(db, user.id, { examDate: "2026-05-11" }, early)).resolves.toEqual({ examDate: "2026-05-11" });
    await expect(setExamDate(db, user.id, { examDate: "2026-05-10" }, early)).rejects.toMatchObject({
      code: "invalid_input",
      message: "Exam date must be in the future (after 2026-05-10)",
      issues: [{ path: "examDate", message: "Exam date must be in the future (after 2026-05-10)" }],
    });
    expect((await db.studySettings.findUnique({ where: { userId: user.id } }))?.examDate?.toISOString()).toBe("2026-05-11T00:00:00.000Z");
    await setExamDate(db, user.id, { examDate: null }, early);
    expect((await db.studySettings.findUnique({ where: { userId: user.id } }))?.examDate).toBeNull();
  });

  it("is set through PUT /api/exam-date by a signed-in student only", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db, "student");
    const teacher = await createTestUser(db, "teacher");
    const future = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

    expect((await PUT(apiRequest("/api/exam-date", { method: "PUT", body: { examDate: future } }))).status).toBe(401);
    expect((await PUT(apiRequest("/api/exam-date", { method: "PUT", body: { examDate: future }, cookie: teacher.cookie }))).status).toBe(403);
    const past = await PUT(apiRequest("/api/exam-date", { method: "PUT", body: { examDate: "2020-01-01" }, cookie: student.cookie }));
    expect(past.status).toBe(400);
    expect(((await past.json()) as { error: { message: string } }).error.message).toMatch(/must be in the future/);
    const bad = await PUT(apiRequest("/api/exam-date", { method: "PUT", body: "not json", cookie: student.cookie }));
    expect(bad.status).toBe(400);

    const ok = await PUT(apiRequest("/api/exam-date", { method: "PUT", body: { examDate: future }, cookie: student.cookie }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ examDate: future });
    const dashboard = await getDashboard(db, student.id, new Date());
    expect(dashboard.exam?.examDate).toBe(future);
    expect(dashboard.exam?.daysLeft).toBeGreaterThanOrEqual(59);
  });
});
