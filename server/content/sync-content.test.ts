import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { loadContent } from "@/lib/content/load-content";
import { contentRows, type ContentRows } from "@/lib/content/content-rows";
import { syncContent } from "./sync-content";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");

async function snapshot() {
  const { prisma } = testDb;
  return {
    articles: await prisma.article.findMany({ orderBy: { id: "asc" } }),
    topics: await prisma.topic.findMany({ orderBy: { id: "asc" } }),
    facts: await prisma.fact.findMany({ orderBy: { id: "asc" } }),
    cards: await prisma.flashcard.findMany({ orderBy: { id: "asc" } }),
    questions: await prisma.question.findMany({ orderBy: { id: "asc" } }),
    references: await prisma.reference.findMany({ orderBy: { id: "asc" } }),
    timeline: await prisma.timelineEvent.findMany({ orderBy: { id: "asc" } }),
    states: await prisma.cardState.findMany({ orderBy: [{ userId: "asc" }, { cardId: "asc" }] }),
  };
}

function clone(rows: ContentRows): ContentRows {
  return structuredClone(rows);
}

describe("content sync of the real content/ folder", () => {
  const { content, errors } = loadContent("content");
  const rows = contentRows(content);

  it("loads without errors", () => {
    expect(errors).toEqual([]);
    expect(rows.flashcards.length).toBeGreaterThan(0);
  });

  it("creates everything once, then a re-run on unchanged content changes nothing", async () => {
    const first = await syncContent(testDb.prisma, rows, now);
    expect(first.flashcards.created).toBe(rows.flashcards.length);
    expect(first.topics.created).toBe(rows.topics.length);
    const before = await snapshot();
    const second = await syncContent(testDb.prisma, contentRows(loadContent("content").content), new Date(now.getTime() + 60_000));
    expect(first.timeline.created).toBe(rows.timeline.length);
    expect(first.references.created).toBe(rows.references.length);
    for (const table of ["articles", "references", "topics", "facts", "flashcards", "questions", "timeline"] as const) {
      expect(second[table]).toMatchObject({ created: 0, updated: 0, retired: 0 });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("content changes and learners' history", () => {
  const base = contentRows(loadContent("content").content);

  it("editing a card keeps review history; retiring suspends; superseding flags for relearning", async () => {
    const { prisma } = testDb;
    await syncContent(prisma, base, now);
    const student = await createTestUser(prisma);
    const [edited, retired, flagged] = base.flashcards;
    if (!edited || !retired || !flagged) throw new Error("content needs at least three flashcards");
    for (const card of [edited, retired, flagged]) {
      await prisma.cardState.create({ data: { userId: student.id, cardId: card.id, state: "review", due: now, stability: 5, difficulty: 5, reps: 2 } });
    }
    await prisma.reviewLog.create({
      data: {
        id: "00000000-0000-4000-8000-000000000001", userId: student.id, cardId: edited.id, rating: 3, state: "review", due: now,
        stability: 5, difficulty: 5, elapsedDays: 1, scheduledDays: 3, durationMs: 4000, reviewedAt: now, baseVersion: 0, previous: {},
      },
    });

    const next = clone(base);
    next.flashcards = next.flashcards.filter((c) => c.id !== retired.id);
    const editedRow = next.flashcards.find((c) => c.id === edited.id)!;
    editedRow.back = `${editedRow.back} (clarified)`;
    editedRow.contentHash = "changed";
    const factId = flagged.factIds[0]!;
    const fact = next.facts.find((f) => f.id === factId)!;
    const replacement = next.facts.find((f) => f.id !== factId)!;
    Object.assign(fact, { status: "superseded", supersededBy: replacement.id, contentHash: "superseded" });

    const report = await syncContent(prisma, next, new Date(now.getTime() + 1000));
    expect(report.flashcards).toMatchObject({ updated: 1, retired: 1, created: 0 });
    expect(report.cardsFlaggedForRelearning).toBeGreaterThanOrEqual(1);

    expect((await prisma.flashcard.findUniqueOrThrow({ where: { id: edited.id } })).back).toMatch(/\(clarified\)$/);
    expect(await prisma.reviewLog.count({ where: { cardId: edited.id, userId: student.id } })).toBe(1);
    expect(await prisma.cardState.findUnique({ where: { userId_cardId: { userId: student.id, cardId: edited.id } } })).toMatchObject({ reps: 2, suspended: false });

    expect((await prisma.flashcard.findUniqueOrThrow({ where: { id: retired.id } })).retiredAt).not.toBeNull();
    expect(await prisma.cardState.findUnique({ where: { userId_cardId: { userId: student.id, cardId: retired.id } } })).toMatchObject({ suspended: true });

    expect(await prisma.cardState.findUnique({ where: { userId_cardId: { userId: student.id, cardId: flagged.id } } })).toMatchObject({ needsRelearn: true });

    // Bringing the card back revives it rather than creating a duplicate.
    const revived = await syncContent(prisma, base, new Date(now.getTime() + 2000));
    expect(revived.flashcards.created).toBe(0);
    expect((await prisma.flashcard.findUniqueOrThrow({ where: { id: retired.id } })).retiredAt).toBeNull();
  });
});

describe("the 2026-11 fact-check corrections, for a learner who studied the old cards", () => {
  const current = contentRows(loadContent("content").content);

  it("keeps a rewritten card's id and history, flags it for relearning, and retires removed cards with their states kept", async () => {
    const { prisma } = testDb;
    // Before the fix: the US 5 percent demand was a current fact and its cloze tested it alone,
    // and an op-ed recall card (now removed) was still in the set.
    const before = clone(current);
    const oldFact = before.facts.find((f) => f.id === "us-five-percent-demand")!;
    Object.assign(oldFact, { status: "current", supersededBy: null, contentHash: "before" });
    const card = before.flashcards.find((c) => c.id === "us-five-percent-cloze")!;
    Object.assign(card, { factIds: ["us-five-percent-demand"], front: "The US pressed South Korea to lift defence spending to {{c1::5 percent}} of GDP.", back: "5 percent", contentHash: "before" });
    const removed = { ...card, id: "alliance-under-stress-basic", kind: "basic" as const, front: "What does the op-ed conclude?", back: "Diversify", hint: null, contentHash: "removed" };
    before.flashcards.push(removed);
    await syncContent(prisma, before, now);

    const student = await createTestUser(prisma);
    for (const cardId of [card.id, removed.id]) {
      await prisma.cardState.create({ data: { userId: student.id, cardId, state: "review", due: now, stability: 9, difficulty: 4, reps: 3 } });
    }

    const report = await syncContent(prisma, current, new Date(now.getTime() + 1000));
    expect(report.cardsFlaggedForRelearning).toBeGreaterThanOrEqual(1);
    const rewritten = await prisma.flashcard.findUniqueOrThrow({ where: { id: card.id } });
    expect(rewritten).toMatchObject({ retiredAt: null, front: expect.stringContaining("3.5 percent") });
    expect(await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: card.id } } })).toMatchObject({ needsRelearn: true, reps: 3, suspended: false });
    expect((await prisma.flashcard.findUniqueOrThrow({ where: { id: removed.id } })).retiredAt).not.toBeNull();
    expect(await prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: removed.id } } })).toMatchObject({ suspended: true, reps: 3 });
  });
});
