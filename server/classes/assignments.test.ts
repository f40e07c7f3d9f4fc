import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { buildMockTest } from "@/lib/quiz/build-mock-test";
import { isPrelimsQuestion } from "@/lib/content/question-schema";
import { createAssignmentSchema } from "@/lib/classes/inputs";
import { createAssignment } from "./create-assignment";
import { updateAssignment } from "./update-assignment";
import { startAssignmentTest } from "./start-assignment-test";
import { createTopicSet } from "./create-topic-set";
import { deleteTopicSet } from "./delete-topic-set";
import { CLASS_QUESTIONS, createClassWorld, seedClassContent, snapshotClassTables } from "./testing/class-fixtures";
import { getStudentAssignments } from "@/server/queries/student-assignments";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const input = (over: Record<string, unknown>) =>
  createAssignmentSchema.parse({ kind: "both", startsAt: now.toISOString(), dueAt: days(7).toISOString(), questionCount: 3, timeLimitMinutes: 6, ...over });

beforeAll(async () => {
  await seedClassContent(testDb.prisma);
});

describe("creating an assignment", () => {
  it("freezes the same seeded test for the whole class: the questions buildMockTest picks with the assignment id", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const created = await createAssignment(testDb.prisma, w.teacher.id, w.classId, input({ topicSetId: w.topicSetId }), now);
    const pool = CLASS_QUESTIONS.filter(isPrelimsQuestion);
    const expected = buildMockTest(pool, { topicIds: ["cls-a"], count: 3, seed: created.id }).map((q) => q.id);
    expect(created.questionIds).toEqual(expected);
    const stored = await testDb.prisma.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.questionIds).toEqual(expected);
    expect(stored.timeLimitMinutes).toBe(6);
  });

  it("draws only on the set's own questions when it names some", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const set = await createTopicSet(testDb.prisma, w.teacher.id, { name: "Picked", topicIds: ["cls-a", "cls-b"], questionIds: ["cls-q2", "cls-q5"] }, now);
    const created = await createAssignment(testDb.prisma, w.teacher.id, w.classId, input({ topicSetId: set.id, questionCount: 2 }), now);
    expect([...created.questionIds].sort()).toEqual(["cls-q2", "cls-q5"]);
    await expect(createAssignment(testDb.prisma, w.teacher.id, w.classId, input({ topicSetId: set.id, questionCount: 3 }), now)).rejects.toMatchObject({
      code: "invalid_input",
      message: "This topic set has only 2 prelims questions, so a 3-question test cannot be built. Ask for fewer questions.",
    });
  });

  it("refuses bad requests with a clear message and writes nothing", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const empty = await createTopicSet(testDb.prisma, w.teacher.id, { name: "Nothing here", topicIds: ["cls-empty"], questionIds: [] }, now);
    const cases: [Record<string, unknown>, string][] = [
      [{ topicSetId: empty.id, kind: "review" }, "The topics in this set have no flashcards yet, so there is nothing to review. Choose practice only, or another set."],
      [{ topicSetId: empty.id, kind: "practice" }, "This topic set has only 0 prelims questions, so a 3-question test cannot be built. Ask for fewer questions."],
      [{ topicSetId: w.topicSetId, startsAt: days(-9).toISOString(), dueAt: days(-1).toISOString() }, "The due date has already passed. Choose a date in the future."],
      [{ topicSetId: w.topicSetId, questionCount: 40 }, "This topic set has only 4 prelims questions, so a 40-question test cannot be built. Ask for fewer questions."],
    ];
    const before = await snapshotClassTables(testDb.prisma);
    for (const [over, message] of cases) {
      await expect(createAssignment(testDb.prisma, w.teacher.id, w.classId, input(over), now)).rejects.toMatchObject({ code: "invalid_input", message });
    }
    await expect(createAssignment(testDb.prisma, w.rival.id, w.classId, input({ topicSetId: w.topicSetId }), now)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotClassTables(testDb.prisma)).toEqual(before);
  });
});

describe("changing an assignment", () => {
  it("moves the due date, refuses one before the start, and archives and restores without touching progress", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const started = await startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now);
    const progress = async () => (await getStudentAssignments(testDb.prisma, w.member.id, now)).assignments.map((a) => [a.id, a.progress, a.attemptId]);
    const before = await progress();

    const moved = await updateAssignment(testDb.prisma, w.teacher.id, w.classId, w.assignmentId, { dueAt: days(14) }, now);
    expect(moved.dueAt).toEqual(days(14));
    await expect(updateAssignment(testDb.prisma, w.teacher.id, w.classId, w.assignmentId, { dueAt: days(-2) }, now)).rejects.toMatchObject({
      code: "invalid_input",
      message: "The due date must be after the start date.",
    });
    expect(await progress()).toEqual(before.map(([id, p, a]) => [id, p, a]));

    await updateAssignment(testDb.prisma, w.teacher.id, w.classId, w.assignmentId, { archived: true }, now);
    expect(await progress()).toEqual([]);
    await expect(startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now)).rejects.toMatchObject({ code: "not_found" });
    await updateAssignment(testDb.prisma, w.teacher.id, w.classId, w.assignmentId, { archived: false }, now);
    const after = await progress();
    expect(after.map(([id, , a]) => [id, a])).toEqual([[w.assignmentId, started.attemptId]]);
  });
});

describe("an assignment's test", () => {
  it("is the same for every student, is started once per student, and resumes after that", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const second = await createTestUser(testDb.prisma, "student");
    await testDb.prisma.classMember.create({ data: { classId: w.classId, studentId: second.id } });

    const first = await startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now);
    expect(first).toMatchObject({ resumed: false, url: `/practice/attempts/${first.attemptId}` });
    const again = await startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, days(1));
    expect(again).toMatchObject({ attemptId: first.attemptId, resumed: true });
    const other = await startAssignmentTest(testDb.prisma, second.id, w.classId, w.assignmentId, now);

    const attempts = await testDb.prisma.attempt.findMany({ where: { assignmentId: w.assignmentId }, orderBy: { userId: "asc" } });
    expect(attempts).toHaveLength(2);
    expect(new Set(attempts.map((a) => a.id))).toEqual(new Set([first.attemptId, other.attemptId]));
    for (const a of attempts) {
      expect(a.questionIds).toEqual(["cls-q1", "cls-q2", "cls-q3"]);
      expect(a.mode).toBe("mock");
      expect(a.deadline?.getTime()).toBeGreaterThan(now.getTime() + 10 * 60_000 - 1);
    }
  });

  it("keeps one attempt when two tabs start at the same moment", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const results = await Promise.all([1, 2, 3].map(() => startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now)));
    const remaining = await testDb.prisma.attempt.findMany({ where: { assignmentId: w.assignmentId, userId: w.member.id } });
    expect(remaining).toHaveLength(1);
    expect(new Set(results.map((r) => r.attemptId))).toEqual(new Set([remaining[0]!.id]));
  });

  it("cannot be started before the start date, or for a review-only assignment", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    await testDb.prisma.assignment.update({ where: { id: w.assignmentId }, data: { startsAt: days(2), dueAt: days(9) } });
    await expect(startAssignmentTest(testDb.prisma, w.member.id, w.classId, w.assignmentId, now)).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/^This test opens on /) });
    const review = await createAssignment(testDb.prisma, w.teacher.id, w.classId, input({ topicSetId: w.topicSetId, kind: "review" }), now);
    await expect(startAssignmentTest(testDb.prisma, w.member.id, w.classId, review.id, now)).rejects.toMatchObject({ code: "invalid_input" });
    expect(await testDb.prisma.attempt.count({ where: { userId: w.member.id } })).toBe(0);
  });
});

describe("topic sets", () => {
  it("refuse unknown topics, mains questions and questions off the chosen topics", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const attempts: [Parameters<typeof createTopicSet>[2], RegExp][] = [
      [{ name: "x", topicIds: ["no-such-topic"], questionIds: [] }, /do not exist or were retired: no-such-topic/],
      [{ name: "x", topicIds: ["cls-a"], questionIds: ["cls-mains"] }, /prelims questions only; remove cls-mains/],
      [{ name: "x", topicIds: ["cls-a"], questionIds: ["cls-q5"] }, /not about any chosen topic: cls-q5/],
    ];
    for (const [bad, message] of attempts) {
      await expect(createTopicSet(testDb.prisma, w.teacher.id, bad, now)).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(message) });
    }
  });

  it("can be deleted only while no assignment uses it", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    await expect(deleteTopicSet(testDb.prisma, w.teacher.id, w.topicSetId)).rejects.toMatchObject({ code: "conflict" });
    const unused = await createTopicSet(testDb.prisma, w.teacher.id, { name: "Spare", topicIds: ["cls-b"], questionIds: [] }, now);
    await expect(deleteTopicSet(testDb.prisma, w.rival.id, unused.id)).rejects.toMatchObject({ code: "not_found" });
    await deleteTopicSet(testDb.prisma, w.teacher.id, unused.id);
    expect(await testDb.prisma.topicSet.count({ where: { id: unused.id } })).toBe(0);
  });
});
