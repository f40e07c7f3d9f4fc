import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest } from "@/server/testing/test-users";
import { seedPrivateTopic } from "@/server/testing/private-topic";
import { createClassWorld, seedClassContent } from "@/server/classes/testing/class-fixtures";
import * as topicSets from "@/app/api/topic-sets/route";
import { getTopicPage, listSyllabusTags, listTopics } from "@/server/queries/topics";
import { listPracticeTopics } from "@/server/queries/quiz-topics";
import { listMainsQuestions } from "@/server/queries/quiz-mains";
import { getTeacherCatalogue } from "@/server/queries/teacher-catalogue";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { gradeCard } from "@/server/reviews/grade-card";
import { setCardFlags } from "@/server/reviews/set-card-flags";
import { startTopicPractice } from "@/server/quiz/start-practice";
import { startMockTest } from "@/server/quiz/start-mock-test";
import { startMainsAnswer } from "@/server/quiz/mains/start-mains-answer";
import { syncContent } from "@/server/content/sync-content";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { privateTopicIdsFor } from "./topic-access";

const testDb = withTestDatabase();
const now = new Date();
type World = Awaited<ReturnType<typeof createClassWorld>>;
let w: World;

const NO_FILTER = { q: undefined, tag: undefined };
const PRIVATE = "tara-private-notes";

async function view(userId: string | null) {
  const db = testDb.prisma;
  const ids = await privateTopicIdsFor(db, userId === null ? null : { id: userId });
  return {
    ids,
    listed: (await listTopics(db, NO_FILTER, ids)).map((t) => t.id),
    searched: (await listTopics(db, { q: "lantern", tag: undefined }, ids)).map((t) => t.id),
    page: await getTopicPage(db, PRIVATE, ids),
    practice: (await listPracticeTopics(db, ids)).map((t) => t.id),
    mains: (await listMainsQuestions(db, ids)).map((q) => q.id),
  };
}

beforeAll(async () => {
  const db = testDb.prisma;
  await seedClassContent(db);
  w = await createClassWorld(db, now);
  // Tara's private topic: one fact, one card, a prelims and a mains question, as the studio publishes it.
  await seedPrivateTopic(db, { id: PRIVATE, ownerId: w.teacher.id, prefix: "tara", title: "Tara's lantern notes", cardFront: "When did lantern diplomacy begin?" });
});

describe("a teacher's private topic before it is assigned", () => {
  it("is visible to its teacher only", async () => {
    const owner = await view(w.teacher.id);
    expect(owner.listed).toContain(PRIVATE);
    expect(owner.page?.id).toBe(PRIVATE);
    for (const who of [null, w.member.id, w.outsider.id, w.rival.id]) {
      const v = await view(who);
      expect(v.listed).not.toContain(PRIVATE);
      expect(v.searched).toEqual([]);
      expect(v.page).toBeNull();
      expect(v.practice).not.toContain(PRIVATE);
      expect(v.mains).not.toContain("tara-mains");
    }
    expect((await view(null)).listed).toContain("cls-a");
  });

  it("is in its teacher's catalogue, marked private, and not in another teacher's", async () => {
    const own = await getTeacherCatalogue(testDb.prisma, w.teacher.id);
    expect(own.topics.find((t) => t.id === PRIVATE)).toMatchObject({ private: true, cards: 1 });
    expect(own.questions.map((q) => q.id)).toContain("tara-q");
    const rival = await getTeacherCatalogue(testDb.prisma, w.rival.id);
    expect(rival.topics.map((t) => t.id)).not.toContain(PRIVATE);
    expect(rival.questions.map((q) => q.id)).not.toContain("tara-q");
  });

  it("cannot go into another teacher's topic set, and nothing is saved", async () => {
    const before = await testDb.prisma.topicSet.count();
    const res = await topicSets.POST(apiRequest("/api/topic-sets", { body: { name: "Stolen", topicIds: [PRIVATE], questionIds: [] }, cookie: w.rival.cookie }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/do not exist/);
    const viaQuestion = await topicSets.POST(apiRequest("/api/topic-sets", { body: { name: "Stolen", topicIds: ["cls-a"], questionIds: ["tara-q"] }, cookie: w.rival.cookie }));
    expect(viaQuestion.status).toBe(400);
    expect(await testDb.prisma.topicSet.count()).toBe(before);
  });

  it("gives a student no cards, practice, mock test or mains answer from it", async () => {
    const db = testDb.prisma;
    const queue = await loadReviewQueue(db, w.member.id, { fuzz: false }, now);
    expect(queue.items.map((i) => i.cardId)).not.toContain("tara-card");
    await expect(loadReviewQueue(db, w.member.id, { topicId: PRIVATE }, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(startTopicPractice(db, w.member.id, PRIVATE, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(startMockTest(db, w.member.id, { mode: "mock", topicIds: [PRIVATE], count: 1 }, now)).rejects.toMatchObject({ code: "invalid_input" });
    await expect(startMainsAnswer(db, w.member.id, { questionId: "tara-mains" }, now)).rejects.toMatchObject({ code: "not_found" });
  });

  it("cannot be graded or flagged by a student who guessed a card id, and nothing is written", async () => {
    const db = testDb.prisma;
    const grade = { reviewId: "0b9f3c52-7a41-4d2e-9a53-5b8f0e6a1c11", cardId: "tara-card", rating: 3 as const, baseVersion: 0, durationMs: 1000 };
    await expect(gradeCard(db, w.member.id, grade, now)).rejects.toMatchObject({ code: "not_found" });
    await expect(setCardFlags(db, w.member.id, { cardId: "tara-card", flagged: true }, now)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.cardState.count({ where: { cardId: "tara-card" } })).toBe(0);
    expect(await db.reviewLog.count({ where: { cardId: "tara-card" } })).toBe(0);
  });
});

describe("once its teacher assigns it to a class", () => {
  beforeAll(async () => {
    const res = await topicSets.POST(apiRequest("/api/topic-sets", { body: { name: "Lanterns", topicIds: [PRIVATE], questionIds: ["tara-q"] }, cookie: w.teacher.cookie }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await testDb.prisma.assignment.create({
      data: { classId: w.classId, topicSetId: id, kind: "both", startsAt: new Date(now.getTime() - 60_000), dueAt: new Date(now.getTime() + 86_400_000), questionIds: ["tara-q"] },
    });
  });

  it("is visible to a student of that class, with its cards, practice and mains", async () => {
    const db = testDb.prisma;
    const member = await view(w.member.id);
    expect(member.ids).toEqual([PRIVATE]);
    expect(member.listed).toContain(PRIVATE);
    expect(member.searched).toEqual([PRIVATE]);
    expect(member.page?.facts.map((f) => f.id)).toEqual(["tara-fact"]);
    expect(member.practice).toContain(PRIVATE);
    expect(member.mains).toContain("tara-mains");
    expect(await listSyllabusTags(db, member.ids)).toContain("GS2: bilateral relations");
    const queue = await loadReviewQueue(db, w.member.id, { topicId: PRIVATE, fuzz: false }, now);
    expect(queue.items.map((i) => i.cardId)).toEqual(["tara-card"]);
    expect((await startTopicPractice(db, w.member.id, PRIVATE, now)).questionIds).toEqual(["tara-q"]);
    expect(await startMainsAnswer(db, w.member.id, { questionId: "tara-mains" }, now)).toHaveProperty("id");
  });

  it("stays hidden from a student outside the class, another teacher and anonymous visitors", async () => {
    for (const who of [null, w.outsider.id, w.rival.id]) {
      const v = await view(who);
      expect(v.ids).toEqual([]);
      expect(v.listed).not.toContain(PRIVATE);
      expect(v.page).toBeNull();
      expect(v.mains).not.toContain("tara-mains");
    }
    const queue = await loadReviewQueue(testDb.prisma, w.outsider.id, { fuzz: false }, now);
    expect(queue.items.map((i) => i.cardId)).not.toContain("tara-card");
  });
});

describe("content sync", () => {
  it("leaves studio topics alone: it neither retires nor rewrites them", async () => {
    const db = testDb.prisma;
    const report = await syncContent(db, loadCheckedContent(), now);
    expect(report.topics.created).toBeGreaterThan(0);
    const topic = await db.topic.findUniqueOrThrow({ where: { id: PRIVATE } });
    expect(topic.retiredAt).toBeNull();
    expect((await db.flashcard.findUniqueOrThrow({ where: { id: "tara-card" } })).retiredAt).toBeNull();
    expect((await db.question.findUniqueOrThrow({ where: { id: "tara-q" } })).retiredAt).toBeNull();
    // The class fixtures' rows were inserted as if from files, so sync retires them: the scope is by origin.
    expect((await db.topic.findUniqueOrThrow({ where: { id: "cls-a" } })).retiredAt).not.toBeNull();
  });
});
