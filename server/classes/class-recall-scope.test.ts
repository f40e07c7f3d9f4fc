import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { getClassTopicRecall } from "@/server/queries/class-topic-recall";
import { getClassDashboard } from "@/server/queries/class-dashboard";
import { createClassWorld, logReview, seedClassContent } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const joined = ago(48);

type World = Awaited<ReturnType<typeof createClassWorld>>;
let w: World;

async function submittedAttempt(userId: string, startedAt: Date, answers: { questionId: string; chosenIndex: number }[]) {
  await testDb.prisma.attempt.create({
    data: {
      userId,
      mode: "practice",
      questionIds: answers.map((a) => a.questionId),
      startedAt,
      submittedAt: new Date(startedAt.getTime() + 60_000),
      answers: { create: answers.map((a) => ({ ...a, answeredAt: startedAt })) },
    },
  });
}

beforeAll(async () => {
  const db = testDb.prisma;
  await seedClassContent(db);
  w = await createClassWorld(db, now); // the class is assigned topic cls-a only
  await db.classMember.update({ where: { classId_studentId: { classId: w.classId, studentId: w.member.id } }, data: { joinedAt: joined } });
  // Before joining: a card and a practice answer on the assigned topic.
  await logReview(db, w.member.id, "cls-a-1", ago(72));
  await submittedAttempt(w.member.id, ago(70), [{ questionId: "cls-q1", chosenIndex: 0 }]);
  // Since joining: a card on the assigned topic, and a card and an answer on a topic never assigned.
  await logReview(db, w.member.id, "cls-a-2", ago(24));
  await logReview(db, w.member.id, "cls-b-1", ago(24));
  await submittedAttempt(w.member.id, ago(20), [
    { questionId: "cls-q2", chosenIndex: 1 }, // cls-a, right
    { questionId: "cls-q5", chosenIndex: 3 }, // cls-b only
  ]);
});

describe("what a teacher sees of a student's recall and accuracy", () => {
  it("counts only the class's assigned topics, and only activity since the student joined", async () => {
    const recall = await getClassTopicRecall(testDb.prisma, w.teacher.id, w.classId, now);
    const cells = recall.byStudent.get(w.member.id)!;
    expect([...cells.keys()]).toEqual(["cls-a"]);
    const a = cells.get("cls-a")!;
    expect(a.cards).toBe(1); // cls-a-2 only: cls-a-1 was last reviewed before joining
    expect([a.correct, a.attempted]).toEqual([1, 1]); // the answer before joining is not counted
    expect(recall.byTopic.has("cls-b")).toBe(false);
  });

  it("counts assignment cards reviewed since joining only", async () => {
    const dashboard = (await getClassDashboard(testDb.prisma, w.teacher.id, w.classId, now))!;
    const cell = dashboard.progress.cells.find((c) => c.studentId === w.member.id && c.assignmentId === w.assignmentId)!;
    expect(cell.reviewedCards).toBe(1);
  });
});
