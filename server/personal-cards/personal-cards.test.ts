import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { personalCardInputSchema, type PersonalCardFields } from "@/lib/personal-cards/card-input";
import { AppError } from "@/server/errors";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { gradeCard } from "@/server/reviews/grade-card";
import { reviewSnapshot, seedDeck } from "@/server/reviews/test-fixtures";
import { apiRequest } from "@/server/testing/test-users";
import * as cardRoute from "@/app/api/personal-cards/[cardId]/route";
import { createPersonalCard, createPersonalCards, deletePersonalCard, getPersonalCard, listPersonalCards, listPersonalCardTags, updatePersonalCard } from "./index";

const testDb = withTestDatabase();
const NOW = new Date("2026-06-01T06:00:00Z");
const card = (fields: PersonalCardFields) => personalCardInputSchema.parse(fields);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("creating personal cards", () => {
  it("writes many cards in one go, each with a new CardState, attached to a fact, a topic or nothing", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const { topicIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const topicId = topicIds[0]!;
    const { ids } = await createPersonalCards(
      db,
      student.id,
      [
        card({ kind: "basic", front: "Q about the fact", back: "A", factId: `${topicId}-fact` }),
        card({ kind: "cloze", front: "Signed in {{c1::1950}}", topicId }),
        card({ kind: "basic", front: "Loose card", back: "B", hint: "think" }),
      ],
      NOW,
    );
    expect(ids).toHaveLength(3);
    const rows = await db.flashcard.findMany({ where: { id: { in: ids } }, orderBy: { order: "asc" } });
    expect(rows.map((r) => [r.ownerId, r.origin, r.topicId, r.factIds, r.back])).toEqual([
      [student.id, "personal", topicId, [`${topicId}-fact`], "A"],
      [student.id, "personal", topicId, [], "1950"],
      [student.id, "personal", null, [], "B"],
    ]);
    const states = await db.cardState.findMany({ where: { userId: student.id }, orderBy: { cardId: "asc" } });
    expect(states).toHaveLength(3);
    expect(states.every((s) => s.state === "new" && s.due.getTime() === NOW.getTime() && s.addedFrom === "personal")).toBe(true);
  });

  it("refuses an unknown or private topic or fact by field, and writes nothing of the batch", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const teacher = await createTestUser(db, "teacher");
    const { topicIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const privateTopic = `private-${randomUUID().slice(0, 8)}`;
    await db.topic.create({
      data: { id: privateTopic, title: "A teacher's topic", summary: "s", whyItMatters: "w", asOf: NOW, order: 9, contentHash: "h", ownerId: teacher.id, origin: "studio" },
    });
    const error = await refusal(
      createPersonalCards(db, student.id, [
        card({ kind: "basic", front: "fine", back: "fine", topicId: topicIds[0] }),
        card({ kind: "basic", front: "x", back: "y", topicId: privateTopic }),
        card({ kind: "basic", front: "x", back: "y", factId: "no-such-fact" }),
      ], NOW),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.issues.map((i) => i.path)).toEqual(["1.topicId", "2.factId"]);
    expect(await db.flashcard.count({ where: { ownerId: student.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: student.id } })).toBe(0);

    const single = await refusal(createPersonalCard(db, student.id, card({ kind: "basic", front: "x", back: "y", factId: "nope" }), NOW));
    expect(single.issues).toEqual([{ path: "factId", message: 'There is no fact "nope" to attach this card to.' }]);
  });

  it("adds 5,000 cards in one call (bulk insert) and lists them a page at a time", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const many = Array.from({ length: 5_000 }, (_, i) => card({ kind: "basic", front: `Imported question ${i}`, back: `Answer ${i}` }));
    const started = performance.now();
    const { ids } = await createPersonalCards(db, student.id, many, NOW);
    console.log(`createPersonalCards: 5,000 cards in ${Math.round(performance.now() - started)} ms`);
    expect(new Set(ids).size).toBe(5_000);
    expect(await db.cardState.count({ where: { userId: student.id } })).toBe(5_000);
    const page = await listPersonalCards(db, student.id, { page: 2 });
    expect(page.total).toBe(5_000);
    expect(page.pageCount).toBe(100);
    // Newest first: the last card of the batch leads the first page.
    expect(page.cards[0]?.front).toBe("Imported question 4949");
  });
});

describe("editing and deleting", () => {
  it("edits in place: same id, schedule and review history kept", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const created = await createPersonalCard(db, student.id, card({ kind: "basic", front: "Old front", back: "Old back" }), NOW);
    await gradeCard(db, student.id, { reviewId: randomUUID(), cardId: created.id, rating: 3, baseVersion: 0, durationMs: 3000 }, NOW, { fuzz: false });
    const before = await reviewSnapshot(db, student.id);

    const edited = await updatePersonalCard(db, student.id, created.id, card({ kind: "cloze", front: "New {{c1::front}}", back: "" }));
    expect(edited).toMatchObject({ id: created.id, kind: "cloze", front: "New {{c1::front}}", back: "front" });
    const after = await reviewSnapshot(db, student.id);
    expect(after.logs).toEqual(before.logs);
    expect(after.states.map(({ updatedAt: _u, ...s }) => s)).toEqual(before.states.map(({ updatedAt: _u, ...s }) => s));
    expect(after.states[0]?.needsRelearn).toBe(false);
  });

  it("deletes the card with its state and review history, and nothing else", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const { cardIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const kept = await createPersonalCard(db, student.id, card({ kind: "basic", front: "Keep me", back: "k" }), NOW);
    const gone = await createPersonalCard(db, student.id, card({ kind: "basic", front: "Delete me", back: "d" }), NOW);
    for (const cardId of [gone.id, kept.id, cardIds[0]!]) {
      await gradeCard(db, student.id, { reviewId: randomUUID(), cardId, rating: 3, baseVersion: 0, durationMs: 3000 }, NOW, { fuzz: false });
    }
    expect(await deletePersonalCard(db, student.id, gone.id)).toEqual({ id: gone.id, reviewsDeleted: 1 });
    expect(await db.flashcard.findUnique({ where: { id: gone.id } })).toBeNull();
    const left = await reviewSnapshot(db, student.id);
    expect(left.states.map((s) => s.cardId).sort()).toEqual([kept.id, cardIds[0]!].sort());
    expect(left.logs.map((l) => l.cardId).sort()).toEqual([kept.id, cardIds[0]!].sort());
  });

  it("answers another student's card, and a catalogue card, with a 404 and writes nothing", async () => {
    const db = testDb.prisma;
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    const { cardIds } = await seedDeck(db, { topics: 1, perTopic: 1 });
    const mine = await createPersonalCard(db, owner.id, card({ kind: "basic", front: "Private", back: "p" }), NOW);
    const rows = async () => ({ cards: await db.flashcard.findMany({ orderBy: { id: "asc" } }), owner: await reviewSnapshot(db, owner.id) });
    const before = await rows();
    for (const target of [mine.id, cardIds[0]!]) {
      expect((await refusal(updatePersonalCard(db, other.id, target, card({ kind: "basic", front: "Hijack", back: "h" })))).code).toBe("not_found");
      expect((await refusal(deletePersonalCard(db, other.id, target))).code).toBe("not_found");
      expect((await refusal(getPersonalCard(db, other.id, target))).code).toBe("not_found");
    }
    expect((await refusal(deletePersonalCard(db, owner.id, cardIds[0]!))).code).toBe("not_found");
    expect(await rows()).toEqual(before);
    expect((await listPersonalCards(db, other.id)).total).toBe(0);
  });
});

describe("tags", () => {
  it("are written with the card (in bulk too), edited, kept by an edit that leaves them out, and filter the list", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const other = await createTestUser(db);
    const { ids } = await createPersonalCards(db, student.id, [
      card({ kind: "basic", front: "One", back: "1", tags: ["polity", "Polity", " rights "] }),
      card({ kind: "basic", front: "Two", back: "2" }),
      card({ kind: "cloze", front: "Three {{c1::3}}", tags: ["rights"] }),
    ], NOW);
    await createPersonalCards(db, other.id, [card({ kind: "basic", front: "Theirs", back: "t", tags: ["secret-tag"] })], NOW);
    expect((await db.flashcard.findMany({ where: { id: { in: ids } }, orderBy: { order: "asc" } })).map((c) => c.tags)).toEqual([["polity", "rights"], [], ["rights"]]);
    expect(await listPersonalCardTags(db, student.id)).toEqual(["polity", "rights"]);
    expect((await listPersonalCards(db, student.id, { tag: "rights" })).cards.map((c) => c.front)).toEqual(["Three {{c1::3}}", "One"]);

    const edited = await updatePersonalCard(db, student.id, ids[1]!, card({ kind: "basic", front: "Two", back: "2", tags: ["economy"] }));
    expect(edited.tags).toEqual(["economy"]);
    // A client that does not send tags (an older page, the offline outbox) leaves them alone.
    expect((await updatePersonalCard(db, student.id, ids[1]!, card({ kind: "basic", front: "Two!", back: "2" }))).tags).toEqual(["economy"]);
    expect((await updatePersonalCard(db, student.id, ids[1]!, card({ kind: "basic", front: "Two!", back: "2", tags: [] }))).tags).toEqual([]);
  });

  it("over the limits are refused beside the tags field, and nothing changes", async () => {
    const db = testDb.prisma;
    const student = await createTestUser(db);
    const created = await createPersonalCard(db, student.id, card({ kind: "basic", front: "Keep", back: "k", tags: ["kept"] }), NOW);
    const res = await cardRoute.PUT(
      apiRequest(`/api/personal-cards/${created.id}`, { method: "PUT", cookie: student.cookie, body: { kind: "basic", front: "Keep", back: "k", tags: ["two words"] } }),
      { params: Promise.resolve({ cardId: created.id }) },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(body.error.issues).toEqual([{ path: "tags", message: expect.stringContaining("has a space in it") }]);
    expect((await getPersonalCard(db, student.id, created.id)).tags).toEqual(["kept"]);
  });
});
