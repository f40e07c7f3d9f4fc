import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { classTable, classTableCsvRows } from "@/lib/classes/class-table";
import { recallAfter } from "@/lib/classes/recall-curve";
import { getClassDashboard } from "@/server/queries/class-dashboard";
import { getClassRoster } from "@/server/queries/class-roster";
import { getClassStudent } from "@/server/queries/class-student";
import { getStudentAssignments } from "@/server/queries/student-assignments";
import { getTeacherTopicSet } from "@/server/queries/teacher-topic-sets";
import { GET as exportCsv } from "@/app/api/classes/[classId]/export/route";
import { createClassWorld, logReview, seedClassContent } from "./testing/class-fixtures";

const testDb = withTestDatabase();
// Real time: the CSV route reads the clock, and the table must match it.
const now = new Date();
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

type World = Awaited<ReturnType<typeof createClassWorld>>;
let w: World;
let bala: { id: string };
let chitra: { id: string };

beforeAll(async () => {
  const db = testDb.prisma;
  await seedClassContent(db);
  w = await createClassWorld(db, now);
  bala = await createTestUser(db, "student", "Bala");
  chitra = await createTestUser(db, "student", "Chitra");
  await db.classMember.createMany({ data: [bala, chitra].map((s) => ({ classId: w.classId, studentId: s.id })) });
  // Everyone joined a day ago: the teacher sees activity since joining only.
  await db.classMember.updateMany({ where: { classId: w.classId }, data: { joinedAt: ago(24 * 60) } });
  await db.user.update({ where: { id: bala.id }, data: { lastActiveAt: ago(90) } });
  await db.user.update({ where: { id: w.member.id }, data: { lastActiveAt: ago(600) } });

  // Meera: cards 1 and 2 reviewed (card 1 twice), card 3's only review undone; a submitted test.
  await logReview(db, w.member.id, "cls-a-1", ago(300), { stability: 2 });
  await logReview(db, w.member.id, "cls-a-1", ago(200), { baseVersion: 1 });
  await logReview(db, w.member.id, "cls-a-2", ago(100), { stability: 8 });
  await logReview(db, w.member.id, "cls-a-3", ago(50), { undone: true });
  const overview = (await getClassDashboard(db, w.teacher.id, w.classId, now))!.overview;
  const midToday = new Date((overview.startOfToday.getTime() + now.getTime()) / 2);
  await db.cardState.update({ where: { userId_cardId: { userId: w.member.id, cardId: "cls-a-1" } }, data: { due: ago(2 * 24 * 60) } });
  await db.cardState.update({ where: { userId_cardId: { userId: w.member.id, cardId: "cls-a-2" } }, data: { due: midToday } });
  await db.attempt.create({
    data: {
      userId: w.member.id,
      mode: "mock",
      questionIds: ["cls-q1", "cls-q2", "cls-q3"],
      startedAt: ago(20),
      submittedAt: ago(10),
      score: 4 / 3,
      assignmentId: w.assignmentId,
      // q1 right (its answer is option 0), q2 wrong, q3 left blank.
      answers: { create: [{ questionId: "cls-q1", chosenIndex: 0, answeredAt: ago(15) }, { questionId: "cls-q2", chosenIndex: 0, answeredAt: ago(14) }, { questionId: "cls-q3", chosenIndex: null, answeredAt: ago(13) }] },
    },
  });
  // Chitra: every card of the set, one of another topic, and a test still open.
  for (const card of ["cls-a-1", "cls-a-2", "cls-a-3", "cls-b-1"]) await logReview(db, chitra.id, card, ago(30), { stability: 1 });
  await db.attempt.create({ data: { userId: chitra.id, mode: "mock", questionIds: ["cls-q1", "cls-q2", "cls-q3"], startedAt: ago(5), assignmentId: w.assignmentId, answers: { create: [{ questionId: "cls-q1", chosenIndex: 1, answeredAt: ago(4) }] } } });
});

describe("class dashboard", () => {
  it("tabulates completion, score, cards due and overdue, and last activity per student", async () => {
    const dashboard = (await getClassDashboard(testDb.prisma, w.teacher.id, w.classId, now))!;
    const rows = classTable(dashboard.progress, now, dashboard.overview.timeZone).rows.map((r) => r.cells.map((c) => c.text));
    const stamp = (d: Date) => classTable({ assignments: [], students: [{ id: "x", name: "", email: "", cardsDue: 0, cardsOverdue: 0, lastActive: d }], cells: [] }, now, dashboard.overview.timeZone).rows[0]!.cells[4]!.text;
    expect(rows.map((r) => r[0])).toEqual(["Bala", "Chitra", "Member Meera"]);
    expect(rows[0]!.slice(2)).toEqual(["0/3", "Not taken", "0%", "Not started", "0", "0", stamp(ago(90))]);
    expect(rows[1]!.slice(2)).toEqual(["3/3", "In progress", "50%", "In progress", "0", "0", stamp(ago(5))]);
    expect(rows[2]!.slice(2)).toEqual(["2/3", "1.33/6", "83%", "In progress", "2", "1", stamp(ago(10 + 10))]);
  });

  it("averages FSRS recall per topic from card states, and practice accuracy from submitted answers only", async () => {
    const { topics } = (await getClassDashboard(testDb.prisma, w.teacher.id, w.classId, now))!;
    const meera = topics.byStudent.get(w.member.id)!.get("cls-a")!;
    expect(meera.cards).toBe(2);
    expect(meera.recall).toBeCloseTo((recallAfter(2, 300 * 60_000) + recallAfter(8, 100 * 60_000)) / 2, 6);
    expect([meera.correct, meera.attempted]).toEqual([1, 2]);
    const chitraA = topics.byStudent.get(chitra.id)!.get("cls-a")!;
    expect([chitraA.cards, chitraA.attempted]).toEqual([3, 0]);
    const classA = topics.byTopic.get("cls-a")!;
    expect(classA.cards).toBe(5);
    expect(classA.recall).toBeCloseTo((meera.recall! * 2 + chitraA.recall! * 3) / 5, 9);
    expect(topics.byStudent.has(bala.id)).toBe(false);
    expect(topics.topics.map((t) => t.id)).toEqual(["cls-a", "cls-b", "cls-empty"]);
  });

  it("exports a CSV with exactly the table's text", async () => {
    const res = await exportCsv(apiRequest(`/api/classes/${w.classId}/export`, { cookie: w.teacher.cookie }), { params: Promise.resolve({ classId: w.classId }) });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="evening-batch-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = (await res.text()).replace(/^\uFEFF/, "");
    const dashboard = (await getClassDashboard(testDb.prisma, w.teacher.id, w.classId, new Date()))!;
    const expected = classTableCsvRows(classTable(dashboard.progress, new Date(), dashboard.overview.timeZone));
    expect(text.trimEnd().split("\r\n").map((line) => line.split(","))).toEqual(expected);
  });

  it("narrows to one student for the drill-down, and only for a member of the teacher's own class", async () => {
    const detail = (await getClassStudent(testDb.prisma, w.teacher.id, w.classId, w.member.id, now))!;
    expect(detail.progress.students.map((s) => s.id)).toEqual([w.member.id]);
    expect([...detail.topics.byStudent.keys()]).toEqual([w.member.id]);
    expect(detail.reviewsLast7Days).toBe(3);
    expect(detail.attempts.map((a) => a.score)).toEqual([4 / 3]);
    expect(await getClassStudent(testDb.prisma, w.teacher.id, w.classId, w.outsider.id, now)).toBeNull();
    expect(await getClassStudent(testDb.prisma, w.rival.id, w.classId, w.member.id, now)).toBeNull();
  });

  it("shows nothing of a class to anyone but its teacher", async () => {
    for (const caller of [w.rival, w.member, w.outsider]) {
      expect(await getClassDashboard(testDb.prisma, caller.id, w.classId, now)).toBeNull();
      expect(await getClassRoster(testDb.prisma, caller.id, w.classId)).toBeNull();
      expect(await getTeacherTopicSet(testDb.prisma, caller.id, w.topicSetId)).toBeNull();
    }
    expect((await getClassRoster(testDb.prisma, w.teacher.id, w.classId))!.students.map((s) => s.name)).toEqual(["Bala", "Chitra", "Member Meera"]);
  });
});

describe("a student's assignments", () => {
  it("list their own progress only, and nothing for a student outside the class", async () => {
    const mine = await getStudentAssignments(testDb.prisma, w.member.id, now);
    expect(mine.assignments).toHaveLength(1);
    expect(mine.assignments[0]).toMatchObject({ className: "Evening batch", reviewHref: "/review?topic=cls-a", progress: { review: { reviewed: 2, total: 3 }, test: { state: "submitted", score: 4 / 3 } } });
    expect((await getStudentAssignments(testDb.prisma, chitra.id, now)).assignments[0]!.progress.review).toEqual({ reviewed: 3, total: 3, done: true });
    expect((await getStudentAssignments(testDb.prisma, w.outsider.id, now)).assignments).toEqual([]);
  });
});
