import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { DELETE } from "@/app/api/attempts/[attemptId]/route";
import { PRELIMS_IDS, seedQuizBank } from "./testing/quiz-fixtures";
import { discardAttempt } from "./discard-attempt";
import { saveAnswer } from "./save-answer";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

const testDb = withTestDatabase();
const now = new Date("2026-05-01T09:00:00Z");

describe("discardAttempt", () => {
  it("deletes an abandoned attempt with its answers, only for its owner, and never a submitted or assigned one", async () => {
    const { prisma } = testDb;
    await seedQuizBank(prisma);
    const user = await createTestUser(prisma);
    const other = await createTestUser(prisma);
    const abandoned = await startAttempt(prisma, user.id, { mode: "mock", questionIds: PRELIMS_IDS.slice(0, 3) }, now);
    await saveAnswer(prisma, user.id, abandoned.id, { questionId: PRELIMS_IDS[0]!, chosenIndex: 1 }, now);

    await expect(discardAttempt(prisma, other.id, abandoned.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await discardAttempt(prisma, user.id, abandoned.id)).toEqual({ id: abandoned.id, discarded: true });
    expect(await prisma.attempt.count({ where: { id: abandoned.id } })).toBe(0);
    expect(await prisma.attemptAnswer.count({ where: { attemptId: abandoned.id } })).toBe(0);
    await expect(discardAttempt(prisma, user.id, abandoned.id)).rejects.toMatchObject({ code: "not_found" });

    const submitted = await startAttempt(prisma, user.id, { mode: "mock", questionIds: PRELIMS_IDS.slice(0, 2) }, now);
    await submitAttempt(prisma, user.id, submitted.id, now);
    await expect(discardAttempt(prisma, user.id, submitted.id)).rejects.toMatchObject({ code: "conflict" });

    const teacher = await createTestUser(prisma, "teacher");
    const cls = await prisma.class.create({ data: { teacherId: teacher.id, name: "C", examYear: 2027, joinCode: `D${Date.now()}` } });
    const set = await prisma.topicSet.create({ data: { teacherId: teacher.id, name: "S", topicIds: ["topic-a"], questionIds: [] } });
    const assignment = await prisma.assignment.create({
      data: { classId: cls.id, topicSetId: set.id, kind: "practice", startsAt: now, dueAt: now, questionIds: PRELIMS_IDS.slice(0, 2) },
    });
    const assigned = await startAttempt(prisma, user.id, { mode: "mock", questionIds: PRELIMS_IDS.slice(0, 2), assignmentId: assignment.id }, now);
    await expect(discardAttempt(prisma, user.id, assigned.id)).rejects.toMatchObject({ code: "conflict", message: /assignment/ });
    expect(await prisma.attempt.count({ where: { userId: user.id } })).toBe(2);
  });

  it("is reachable as DELETE /api/attempts/:id by its owner", async () => {
    const { prisma } = testDb;
    await seedQuizBank(prisma);
    const user = await createTestUser(prisma);
    const abandoned = await startAttempt(prisma, user.id, { mode: "mock", questionIds: PRELIMS_IDS.slice(0, 2) }, now);
    const res = await DELETE(apiRequest(`/api/attempts/${abandoned.id}`, { method: "DELETE", cookie: user.cookie }), { params: Promise.resolve({ attemptId: abandoned.id }) });
    expect(res.status).toBe(200);
    expect(await prisma.attempt.count({ where: { id: abandoned.id } })).toBe(0);
  });
});
