import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { personalCardInputSchema, type PersonalCardFields } from "@/lib/personal-cards/card-input";
import { contentRows } from "@/lib/content/content-rows";
import { loadContent } from "@/lib/content/load-content";
import { AppError } from "@/server/errors";
import { syncContent } from "@/server/content/sync-content";
import { createClassWorld, logReview, seedClassContent } from "@/server/classes/testing/class-fixtures";
import { getClassDashboard } from "@/server/queries/class-dashboard";
import { getClassTopicRecall } from "@/server/queries/class-topic-recall";
import { getTopicPage, listTopics } from "@/server/queries/topics";
import { searchCards } from "@/server/queries/card-browser";
import { gradeCard } from "@/server/reviews/grade-card";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { resetCard } from "@/server/reviews/reset-card";
import { setCardFlags } from "@/server/reviews/set-card-flags";
import { reviewSnapshot, seedDeck } from "@/server/reviews/test-fixtures";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { createPersonalCards } from "./index";

const testDb = withTestDatabase();
const NOW = new Date("2026-06-01T06:00:00Z");
const card = (fields: PersonalCardFields) => personalCardInputSchema.parse(fields);

async function code(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("personal cards in the review queue", () => {
  it("enter the owner's queue at once as new cards (attached or not), graded by the same scheduler", async () => {
    const db = testDb.prisma;
    const owner = await createTestUser(db);
    const { topicIds } = await seedDeck(db, { topics: 1, perTopic: 2 });
    const { ids } = await createPersonalCards(db, owner.id, [
      card({ kind: "basic", front: "Loose", back: "l" }),
      card({ kind: "cloze", front: "On the topic {{c1::here}}", topicId: topicIds[0] }),
    ], NOW);
    const queue = await loadReviewQueue(db, owner.id, { fuzz: false }, NOW);
    const mine = queue.items.filter((i) => ids.includes(i.cardId));
    expect(mine.map((i) => [i.cardId, i.kind, i.personal, i.topicId])).toEqual([
      [ids[0], "new", true, null],
      [ids[1], "new", true, topicIds[0]],
    ]);
    expect(mine[0]?.topicTitle).toBe("My cards");
    expect(mine[0]?.intervals?.map((i) => i.name)).toEqual(["Again", "Hard", "Good", "Easy"]);
    // A topic session of that topic includes the card attached to it.
    const session = await loadReviewQueue(db, owner.id, { topicId: topicIds[0], fuzz: false }, NOW);
    expect(session.items.map((i) => i.cardId)).toContain(ids[1]);

    const result = await gradeCard(db, owner.id, { reviewId: randomUUID(), cardId: ids[0]!, rating: 3, baseVersion: 0, durationMs: 2000 }, NOW, { fuzz: false });
    expect(result.state).toBe("learning");
  });

  it("never reach another student: not in their queue, topic session or card browser; grading, flagging and resetting are 404s that write nothing", async () => {
    const db = testDb.prisma;
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    const { topicIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const { ids } = await createPersonalCards(db, owner.id, [card({ kind: "basic", front: "Secret", back: "s", topicId: topicIds[0] })], NOW);
    const cardId = ids[0]!;

    const queue = await loadReviewQueue(db, other.id, { fuzz: false }, NOW);
    const session = await loadReviewQueue(db, other.id, { topicId: topicIds[0], fuzz: false }, NOW);
    expect([...queue.items, ...session.items].map((i) => i.cardId)).not.toContain(cardId);
    const browsed = await searchCards(db, other.id, { q: "Secret", topic: "", state: "all", page: 1 });
    expect(browsed.total).toBe(0);
    expect((await searchCards(db, owner.id, { q: "Secret", topic: "", state: "all", page: 1 })).cards.map((c) => c.id)).toEqual([cardId]);

    const before = await reviewSnapshot(db, other.id);
    expect(await code(gradeCard(db, other.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0, durationMs: 2000 }, NOW))).toBe("not_found");
    expect(await code(setCardFlags(db, other.id, { cardId, flagged: true }, NOW))).toBe("not_found");
    expect(await code(resetCard(db, other.id, cardId, NOW))).toBe("not_found");
    expect(await reviewSnapshot(db, other.id)).toEqual(before);
  });

  it("are not counted on the public topic pages", async () => {
    const db = testDb.prisma;
    const owner = await createTestUser(db);
    const { topicIds } = await seedDeck(db, { topics: 1, perTopic: 2 });
    const topicId = topicIds[0]!;
    await createPersonalCards(db, owner.id, [card({ kind: "basic", front: "Extra", back: "e", topicId })], NOW);
    const page = await getTopicPage(db, topicId);
    expect(page?.flashcardCount).toBe(2);
    const listed = (await listTopics(db, { q: "", tag: "" })).find((t) => t.id === topicId);
    expect(listed?.flashcards).toBe(2);
  });
});

describe("what a teacher sees", () => {
  it("class recall and assignment progress leave out a student's personal cards and their reviews", async () => {
    const db = testDb.prisma;
    const now = new Date();
    await seedClassContent(db);
    const w = await createClassWorld(db, now);
    await db.classMember.update({ where: { classId_studentId: { classId: w.classId, studentId: w.member.id } }, data: { joinedAt: new Date(now.getTime() - 48 * 3_600_000) } });
    await logReview(db, w.member.id, "cls-a-1", new Date(now.getTime() - 3_600_000));
    const recallBefore = await getClassTopicRecall(db, w.teacher.id, w.classId, now);
    const dashboardBefore = (await getClassDashboard(db, w.teacher.id, w.classId, now))!;

    // The student writes two cards on the assigned topic and reviews them, once with a low stability.
    const { ids } = await createPersonalCards(db, w.member.id, [
      card({ kind: "basic", front: "Mine 1", back: "m", topicId: "cls-a" }),
      card({ kind: "basic", front: "Mine 2", back: "m", topicId: "cls-a" }),
    ], now);
    for (const id of ids) await db.cardState.delete({ where: { userId_cardId: { userId: w.member.id, cardId: id } } });
    for (const id of ids) await logReview(db, w.member.id, id, new Date(now.getTime() - 1_800_000), { stability: 0.1 });

    const recall = await getClassTopicRecall(db, w.teacher.id, w.classId, now);
    expect(recall.byStudent.get(w.member.id)?.get("cls-a")).toEqual(recallBefore.byStudent.get(w.member.id)?.get("cls-a"));
    expect(recall.byStudent.get(w.member.id)?.get("cls-a")?.cards).toBe(1);
    const dashboard = (await getClassDashboard(db, w.teacher.id, w.classId, now))!;
    const cell = (d: typeof dashboard) => d.progress.cells.find((c) => c.studentId === w.member.id && c.assignmentId === w.assignmentId);
    expect(cell(dashboard)).toEqual(cell(dashboardBefore));
    expect(cell(dashboard)?.reviewedCards).toBe(1);
  });
});

describe("content sync", () => {
  it("never retires, suspends or flags a personal card, even when its topic's cards are removed and its fact is superseded", async () => {
    const db = testDb.prisma;
    const base = contentRows(loadContent("content").content);
    await syncContent(db, base, NOW);
    const student = await createTestUser(db);
    const catalogueCard = base.flashcards[0]!;
    const topicId = catalogueCard.topicId;
    const factId = catalogueCard.factIds[0]!;
    const { ids } = await createPersonalCards(db, student.id, [
      card({ kind: "basic", front: "My own take on this fact", back: "mine", factId }),
      card({ kind: "basic", front: "Loose card", back: "loose" }),
    ], NOW);
    for (const cardId of [...ids, catalogueCard.id]) {
      await gradeCard(db, student.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0, durationMs: 2000 }, NOW, { fuzz: false });
      await gradeCard(db, student.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 1, durationMs: 2000 }, new Date(NOW.getTime() + 600_000), { fuzz: false });
    }
    const personalBefore = await db.flashcard.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    const statesBefore = await db.cardState.findMany({ where: { cardId: { in: ids } }, orderBy: { cardId: "asc" } });

    // The next content: every card of that topic removed, and the fact superseded.
    const next = structuredClone(base);
    next.flashcards = next.flashcards.filter((c) => c.topicId !== topicId);
    const fact = next.facts.find((f) => f.id === factId)!;
    const replacement = next.facts.find((f) => f.id !== factId)!;
    Object.assign(fact, { status: "superseded", supersededBy: replacement.id, contentHash: "superseded" });
    const report = await syncContent(db, next, new Date(NOW.getTime() + 3_600_000));

    // The sync did act on the catalogue card beside them...
    expect(report.flashcards.retired).toBeGreaterThanOrEqual(1);
    expect(await db.cardState.findUnique({ where: { userId_cardId: { userId: student.id, cardId: catalogueCard.id } } })).toMatchObject({ suspended: true });
    // ...and left the personal cards and their states exactly as they were.
    expect(await db.flashcard.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).toEqual(personalBefore);
    expect(await db.cardState.findMany({ where: { cardId: { in: ids } }, orderBy: { cardId: "asc" } })).toEqual(statesBefore);
    expect(report.flashcards.created + report.flashcards.updated).toBe(0);
  });
});
