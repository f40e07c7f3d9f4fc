import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { getAssignmentItemAnalysis } from "@/server/queries/assignment-item-analysis";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "./demo-accounts";
import { DEMO_CLASS_NAME, DEMO_HISTORY_DAYS, seedDemoData } from "./demo-data";

const testDb = withTestDatabase();
const now = new Date("2026-11-29T06:00:00Z");
const emails = { student: DEMO_ACCOUNTS[0].email, teacher: DEMO_ACCOUNTS[1].email };

describe("demo data", () => {
  it("gives the demo student three weeks of reviews, a finished mock and a class of 12 with varied progress", async () => {
    await syncContent(testDb.prisma, loadCheckedContent(), now);
    await seedDemoAccounts(testDb.prisma);
    const started = Date.now();
    const seeded = await seedDemoData(testDb.prisma, emails, now);
    console.log(`seedDemoData: ${seeded?.reviews} reviews in ${Date.now() - started} ms`);
    expect(seeded?.students).toBe(12);

    const student = await testDb.prisma.user.findUniqueOrThrow({ where: { email: emails.student }, select: { id: true } });
    const logs = await testDb.prisma.reviewLog.findMany({ where: { userId: student.id }, select: { reviewedAt: true } });
    const days = new Set(logs.map((l) => l.reviewedAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(12);
    const oldest = Math.min(...logs.map((l) => l.reviewedAt.getTime()));
    expect(now.getTime() - oldest).toBeGreaterThan((DEMO_HISTORY_DAYS - 3) * 86_400_000);
    expect(now.getTime() - oldest).toBeLessThanOrEqual(DEMO_HISTORY_DAYS * 86_400_000);
    // Every reviewed card has its state, and states are the scheduler's (due after the last review).
    const states = await testDb.prisma.cardState.findMany({ where: { userId: student.id } });
    expect(states.length).toBeGreaterThan(10);
    for (const s of states) if (s.lastReview) expect(s.due.getTime()).toBeGreaterThan(s.lastReview.getTime());
    const mocks = await testDb.prisma.attempt.count({ where: { userId: student.id, mode: "mock", submittedAt: { not: null }, assignmentId: null } });
    expect(mocks).toBe(1);

    const cls = await testDb.prisma.class.findFirstOrThrow({
      where: { name: DEMO_CLASS_NAME, teacher: { email: emails.teacher } },
      select: { id: true, teacherId: true, members: { select: { studentId: true } }, assignments: { select: { id: true } } },
    });
    expect(cls.members).toHaveLength(12);
    expect(cls.members.map((m) => m.studentId)).toContain(student.id);
    const perStudent = await testDb.prisma.reviewLog.groupBy({ by: ["userId"], where: { userId: { in: cls.members.map((m) => m.studentId) } }, _count: true });
    expect(new Set(perStudent.map((p) => p._count)).size).toBeGreaterThanOrEqual(6);
    expect(perStudent.length).toBeLessThan(12); // one classmate has not started at all

    const analysis = await getAssignmentItemAnalysis(testDb.prisma, cls.teacherId, cls.id, cls.assignments[0]!.id);
    expect(analysis!.submitted).toBeGreaterThanOrEqual(5);
    expect(analysis!.waiting.length).toBeGreaterThan(0);

    // Seeding again adds nothing.
    expect(await seedDemoData(testDb.prisma, emails, now)).toBeNull();
    expect(await testDb.prisma.class.count({ where: { name: DEMO_CLASS_NAME } })).toBe(1);
  }, 120_000);
});
