import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { startAssignmentTest } from "@/server/classes/start-assignment-test";
import { startMainsAnswer } from "@/server/quiz/mains/start-mains-answer";
import { createClassWorld, seedClassContent } from "@/server/classes/testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();
type World = Awaited<ReturnType<typeof createClassWorld>>;
let w: World;

beforeAll(async () => {
  await seedClassContent(testDb.prisma);
  w = await createClassWorld(testDb.prisma, now);
});

const attemptRow = (userId: string, assignmentId: string | null) => ({ userId, mode: "mock" as const, questionIds: ["cls-q1"], assignmentId });

describe("the database keeps one attempt per student per assignment", () => {
  it("refuses a second attempt row for the same student and assignment, and allows many without an assignment", async () => {
    const student = w.member.id;
    await testDb.prisma.attempt.create({ data: attemptRow(student, w.assignmentId) });
    const second = await testDb.prisma.attempt.create({ data: attemptRow(student, w.assignmentId) }).catch((e: unknown) => e);
    expect(isUniqueViolation(second)).toBe(true);
    await testDb.prisma.attempt.createMany({ data: [attemptRow(student, null), attemptRow(student, null)] });
    await testDb.prisma.attempt.deleteMany({ where: { userId: student } });
  });

  it("ten tabs starting the assignment's test at once all land on one attempt", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now)));
    expect(new Set(results.map((r) => r.attemptId)).size).toBe(1);
    expect(await testDb.prisma.attempt.count({ where: { userId: w.member.id, assignmentId: w.assignmentId } })).toBe(1);
  });
});

describe("the database keeps one open mains draft per student per question", () => {
  it("refuses a second open draft, but keeps any number of submitted answers", async () => {
    const userId = w.outsider.id;
    await testDb.prisma.mainsAnswer.create({ data: { userId, questionId: "cls-mains", submittedAt: now } });
    await testDb.prisma.mainsAnswer.create({ data: { userId, questionId: "cls-mains", submittedAt: now } });
    await testDb.prisma.mainsAnswer.create({ data: { userId, questionId: "cls-mains" } });
    const second = await testDb.prisma.mainsAnswer.create({ data: { userId, questionId: "cls-mains" } }).catch((e: unknown) => e);
    expect(isUniqueViolation(second)).toBe(true);
  });

  it("ten tabs opening the same question at once share one draft", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => startMainsAnswer(testDb.prisma, w.member.id, { questionId: "cls-mains" }, now)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await testDb.prisma.mainsAnswer.count({ where: { userId: w.member.id, questionId: "cls-mains", submittedAt: null } })).toBe(1);
  });
});
