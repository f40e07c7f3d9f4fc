import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import type { Db } from "@/server/db";
import { getAssignmentItemAnalysis } from "@/server/queries/assignment-item-analysis";
import { getStudentAssignmentAnswers } from "@/server/queries/assignment-student-answers";
import { createClassWorld, seedClassContent } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();

beforeAll(async () => {
  await seedClassContent(testDb.prisma);
});

/** A submitted assignment test; cls-q1..q3 have correct options 0, 1 and 2. */
async function submit(db: Db, userId: string, assignmentId: string, chosen: (number | null)[], score: number, startedAt = now) {
  await db.attempt.create({
    data: {
      userId,
      assignmentId,
      mode: "mock",
      topicIds: ["cls-a"],
      questionIds: ["cls-q1", "cls-q2", "cls-q3"],
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 60_000),
      score,
      answers: { create: chosen.map((chosenIndex, i) => ({ questionId: `cls-q${i + 1}`, chosenIndex, answeredAt: startedAt })) },
    },
  });
}

describe("item analysis for the class's teacher", () => {
  it("shares right per question, the most common wrong option, percentiles, and who has not submitted", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const [second, third, late] = await Promise.all([createTestUser(testDb.prisma, "student", "Second Sana"), createTestUser(testDb.prisma, "student", "Third Tej"), createTestUser(testDb.prisma, "student", "Late Lata")]);
    await testDb.prisma.classMember.createMany({ data: [second, third, late].map((s) => ({ classId: w.classId, studentId: s.id })) });
    await submit(testDb.prisma, w.member.id, w.assignmentId, [0, 1, 2], 6);
    await submit(testDb.prisma, second.id, w.assignmentId, [0, 3, 3], 2 - 4 / 3);
    await submit(testDb.prisma, third.id, w.assignmentId, [1, 3, null], -4 / 3);
    // A second attempt at the same assignment cannot exist: the database refuses it.
    await expect(submit(testDb.prisma, third.id, w.assignmentId, [0, 1, 2], 6, new Date(now.getTime() + 3_600_000))).rejects.toThrow();

    const analysis = await getAssignmentItemAnalysis(testDb.prisma, w.teacher.id, w.classId, w.assignmentId);
    expect(analysis).toMatchObject({ students: 4, submitted: 3, waiting: [{ name: "Late Lata" }] });
    expect(analysis!.questions.map((q) => [q.right, q.blank, q.mostCommonWrong?.count ?? 0])).toEqual([
      [2, 0, 1],
      [1, 0, 2],
      [1, 1, 1],
    ]);
    expect(analysis!.questions[1]!.mostCommonWrong!.label).toMatch(/^\(d\) /);
    expect(analysis!.standings.map((s) => [s.studentName, s.percentile])).toEqual([
      ["Member Meera", 83],
      ["Second Sana", 50],
      ["Third Tej", 17],
    ]);
  });

  it("is refused to another teacher, and a student's answers only to their own class's teacher", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    await submit(testDb.prisma, w.member.id, w.assignmentId, [0, 1, 3], 4 - 2 / 3);
    expect(await getAssignmentItemAnalysis(testDb.prisma, w.rival.id, w.classId, w.assignmentId)).toBeNull();
    const own = await getStudentAssignmentAnswers(testDb.prisma, { teacherId: w.teacher.id, classId: w.classId, assignmentId: w.assignmentId, studentId: w.member.id }, now);
    expect(own?.result?.perQuestion.map((q) => q.feedback.outcome)).toEqual(["correct", "correct", "wrong"]);
    expect(await getStudentAssignmentAnswers(testDb.prisma, { teacherId: w.rival.id, classId: w.classId, assignmentId: w.assignmentId, studentId: w.member.id }, now)).toBeNull();
    expect(await getStudentAssignmentAnswers(testDb.prisma, { teacherId: w.teacher.id, classId: w.classId, assignmentId: w.assignmentId, studentId: w.outsider.id }, now)).toBeNull();
  });
});
