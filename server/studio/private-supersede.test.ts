import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { syncContent } from "@/server/content/sync-content";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import type { StudioDocument } from "@/lib/studio/document";
import { createStudioTopic, publishStudioTopic, saveStudioTopic } from "./topics";
import type { StudioUser } from "./studio-user";

// A teacher's private topic must never change the public catalogue: superseding a public fact would flag
// every public learner's cards on it for relearning, from a topic those learners cannot even see.
const testDb = withTestDatabase();
const now = new Date("2026-11-29T10:00:00Z");
const SUMMARY = Array.from({ length: 160 }, (_, i) => `lantern${i}`).join(" ");
let teacher: StudioUser;
let studentId = "";
const LANTERN = [{ article: "lantern-wire", paragraph: 0 }];
let publicFact = { id: "", cardId: "", statement: "", hash: "" };

function privateDocument(facts: StudioDocument["facts"]): StudioDocument {
  return {
    topic: { title: "Tara's lantern notes", summary: SUMMARY, whyItMatters: "Her batch asked.", syllabusTags: ["GS2: bilateral relations"], asOf: "2026-11-01" },
    facts,
    flashcards: facts.map((f, i) => ({ id: `tara-lantern-card-${i}`, factIds: [f.id], kind: "basic" as const, front: i === 0 ? "Which festival do the batch's lantern notes cover?" : `Batch week ${i + 2}: what did it cover?`, back: i === 0 ? "The lantern festival" : `Week ${i + 2} topic` })),
    questions: [],
  };
}

async function publishAsTeacher(title: string, doc: StudioDocument) {
  const db = testDb.prisma;
  const { id } = await createStudioTopic(db, teacher, { title }, now);
  const saved = await saveStudioTopic(db, teacher, id, { document: doc, baseVersion: 1 });
  return publishStudioTopic(db, teacher, id, { baseVersion: saved.version }, now);
}

async function publicSideUnchanged() {
  const db = testDb.prisma;
  const fact = await db.fact.findUniqueOrThrow({ where: { id: publicFact.id } });
  expect(fact).toMatchObject({ status: "current", supersededBy: null, statement: publicFact.statement, contentHash: publicFact.hash, origin: "file" });
  const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: studentId, cardId: publicFact.cardId } } });
  expect(state.needsRelearn).toBe(false);
}

beforeAll(async () => {
  const db = testDb.prisma;
  await syncContent(db, loadCheckedContent("content"), now);
  teacher = (await createTestUser(db, "teacher", "Tara Teacher")) as StudioUser;
  studentId = (await createTestUser(db, "student")).id;
  await db.article.create({ data: { id: "lantern-wire", title: "Lantern wire", paragraphCount: 1, sources: { publications: [] }, contentHash: "h", origin: "studio" } });
  await db.articleText.create({ data: { articleId: "lantern-wire", paragraphs: [{ text: "Lanterns were lit along the river for the autumn fair.", heading: false }], removed: [], candidateFacts: [], sources: [], uploadedById: teacher.id } });
  const card = await db.flashcard.findFirstOrThrow({ where: { origin: "file", retiredAt: null }, orderBy: { id: "asc" } });
  const fact = await db.fact.findUniqueOrThrow({ where: { id: card.factIds[0]! } });
  publicFact = { id: fact.id, cardId: card.id, statement: fact.statement, hash: fact.contentHash };
  await db.cardState.create({ data: { userId: studentId, cardId: card.id, state: "review", due: now, stability: 8, difficulty: 5, reps: 4 } });
}, 180_000);

describe("a teacher's private fact never supersedes a public one", () => {
  it("refuses a private topic that marks a public fact superseded by its own fact, naming the public fact", async () => {
    const doc = privateDocument(
      [
        { id: "tara-lantern-fact", statement: "The batch studies the lantern festival in week three.", sources: LANTERN, asOf: "2026-11-01", status: "current" },
        { id: publicFact.id, statement: "Outdated, says the teacher.", sources: LANTERN, asOf: "2026-11-01", status: "superseded", supersededBy: "tara-lantern-fact" },
      ]
    );
    await expect(publishAsTeacher("Tara's lantern notes", doc)).rejects.toThrow(
      new RegExp(`Public fact "${publicFact.id}" belongs to the public catalogue: a private topic cannot supersede or change it`),
    );
    await publicSideUnchanged();
  });

  it("refuses a private fact that names a public fact as the one it supersedes or is superseded by", async () => {
    const doc = privateDocument(
      [{ id: "tara-older-fact", statement: "The batch used to study lanterns in week two.", sources: LANTERN, asOf: "2026-11-01", status: "superseded", supersededBy: publicFact.id }]
    );
    await expect(publishAsTeacher("Tara's older notes", doc)).rejects.toThrow();
    await publicSideUnchanged();
    expect(await testDb.prisma.fact.count({ where: { id: "tara-older-fact" } })).toBe(0);
  });
});
