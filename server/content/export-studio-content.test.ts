import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { shipyardDocument, SHIP_STORY } from "@/server/testing/studio-export-fixture";
import { checkContent } from "@/lib/content/check-content";
import { checkQuality } from "@/lib/content/check-quality";
import { loadContent } from "@/lib/content/load-content";
import { loadCheckedContent } from "./load-checked-content";
import { syncContent } from "./sync-content";
import { exportStudioContent } from "./export-studio-content";
import { saveSource } from "@/server/studio/sources";
import { createStudioTopic, getStudioTopic, publishStudioTopic, saveStudioTopic } from "@/server/studio/topics";
import type { StudioUser } from "@/server/studio/studio-user";

const testDb = withTestDatabase();
const now = new Date("2026-11-29T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let dir = "";
let editor: StudioUser, teacher: StudioUser;
let studentId = "";
let topicId = "", privateId = "", articleId = "";

/** Every content row and learner state, as a sync could change them. */
async function snapshot() {
  const { prisma } = testDb;
  return {
    articles: await prisma.article.findMany({ orderBy: { id: "asc" } }),
    topics: await prisma.topic.findMany({ orderBy: { id: "asc" } }),
    facts: await prisma.fact.findMany({ orderBy: { id: "asc" } }),
    cards: await prisma.flashcard.findMany({ orderBy: { id: "asc" } }),
    questions: await prisma.question.findMany({ orderBy: { id: "asc" } }),
    states: await prisma.cardState.findMany({ orderBy: [{ userId: "asc" }, { cardId: "asc" }] }),
    logs: await prisma.reviewLog.findMany({ orderBy: { id: "asc" } }),
  };
}
const withoutOrigin = (rows: readonly { origin?: unknown }[]) => rows.map(({ origin: _origin, ...rest }) => rest);

async function publish(user: StudioUser, title: string, doc: ReturnType<typeof shipyardDocument>, at: Date) {
  const { id } = await createStudioTopic(testDb.prisma, user, { title }, at);
  const saved = await saveStudioTopic(testDb.prisma, user, id, { document: { ...doc, topic: { ...doc.topic, title } }, baseVersion: 1 });
  await publishStudioTopic(testDb.prisma, user, id, { baseVersion: saved.version }, at);
  return id;
}

beforeAll(async () => {
  const db = testDb.prisma;
  await syncContent(db, loadCheckedContent("content"), now);
  editor = (await createTestUser(db, "editor", "Eda Editor")) as StudioUser;
  teacher = (await createTestUser(db, "teacher", "Tara Teacher")) as StudioUser;
  studentId = (await createTestUser(db, "student")).id;
  ({ articleId } = await saveSource(db, editor, {
    source: { fileName: null, text: SHIP_STORY },
    label: "Wire story on southern port berths",
    publication: { publisher: "Test Wire", url: "unknown", publishedAt: "2026-03-01" },
  }));
  topicId = await publish(editor, "Shipyard berths", shipyardDocument(articleId), now);
  // A teacher's private topic on the same article: never exported.
  const priv = shipyardDocument(articleId);
  priv.facts = priv.facts.map((f) => ({ ...f, id: `tara-${f.id}` }));
  priv.flashcards = priv.flashcards.map((c) => ({ ...c, id: `tara-${c.id}`, factIds: c.factIds.map((f) => `tara-${f}`) }));
  priv.questions = [];
  const withPrivateText = { ...priv, facts: priv.facts.map((f) => ({ ...f })) };
  privateId = await publish(teacher, "Tara's port notes", withPrivateText, now);
  // A learner who studied the published cards, with review history.
  for (const cardId of ["berths-forty-2028-cloze", "welding-school-basic"]) {
    await db.cardState.create({ data: { userId: studentId, cardId, state: "review", due: later(60 * 24), stability: 6, difficulty: 5, reps: 3 } });
  }
  await db.reviewLog.create({
    data: {
      id: "00000000-0000-4000-8000-0000000000e1", userId: studentId, cardId: "berths-forty-2028-cloze", rating: 3, state: "review", due: now,
      stability: 6, difficulty: 5, elapsedDays: 2, scheduledDays: 4, durationMs: 3000, reviewedAt: now, baseVersion: 0, previous: {},
    },
  });
  dir = mkdtempSync(join(tmpdir(), "dossier-content-"));
  cpSync("content", dir, { recursive: true });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run content:export, then content:check, then sync", () => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  it("writes the published public topic, its questions and its studio article; never the private topic", async () => {
    before = await snapshot();
    const result = await exportStudioContent(testDb.prisma, dir);
    expect(result.topics).toEqual([{ id: topicId, version: 3 }]);
    expect(result.files.sort()).toEqual([join(dir, `questions/${topicId}.yaml`), join(dir, "sources.yaml"), join(dir, `topics/${topicId}.yaml`)].sort());
    expect(existsSync(join(dir, `topics/${privateId}.yaml`))).toBe(false);
    expect(readFileSync(join(dir, `topics/${topicId}.yaml`), "utf8")).toContain("    sources:\n      - { article: " + articleId + ", paragraph: 1 }\n");
    // sources.yaml gains only the new article's lines; the rest of the file is byte for byte the same.
    const original = readFileSync("content/sources.yaml", "utf8").split("\n");
    const exported = readFileSync(join(dir, "sources.yaml"), "utf8").split("\n");
    const start = exported.indexOf(`  - id: ${articleId}`);
    const block = exported.slice(start - 1, start + 7);
    expect(block).toEqual(["", `  - id: ${articleId}`, '    label: "Wire story on southern port berths"', "    paragraphCount: 3", "    sources:", '      - publisher: "Test Wire"', '        url: "unknown"', '        publishedAt: "2026-03-01"']);
    expect([...exported.slice(0, start - 1), ...exported.slice(start + 7)]).toEqual(original);
  });

  it("passes every content:check rule", () => {
    const { content, errors } = loadContent(dir);
    const problems = [...errors, ...checkContent(content)];
    expect(problems).toEqual([]);
    expect(checkQuality(content).errors).toEqual([]);
  });

  it("the next sync adopts the exported rows and changes nothing: same ids and hashes, no relearning, no retirement, learners untouched", async () => {
    const report = await syncContent(testDb.prisma, loadCheckedContent(dir), later(5));
    for (const table of ["articles", "topics", "facts", "flashcards", "questions", "references", "timeline"] as const) {
      expect(report[table], table).toMatchObject({ created: 0, updated: 0, retired: 0 });
    }
    expect(report.cardsFlaggedForRelearning).toBe(0);
    // 1 article, 1 topic, 3 facts, 3 cards, 5 questions.
    expect(report.adoptedFromStudio).toBe(13);
    const after = await snapshot();
    for (const table of ["articles", "topics", "facts", "cards", "questions"] as const) {
      expect(withoutOrigin(after[table]), table).toEqual(withoutOrigin(before[table]));
    }
    expect(after.states).toEqual(before.states);
    expect(after.logs).toEqual(before.logs);
    expect((await testDb.prisma.topic.findUniqueOrThrow({ where: { id: topicId } })).origin).toBe("file");
    expect((await testDb.prisma.fact.findMany({ where: { topicId }, select: { origin: true } })).every((f) => f.origin === "file")).toBe(true);
    expect((await testDb.prisma.topic.findUniqueOrThrow({ where: { id: privateId } })).origin).toBe("studio");
    expect((await testDb.prisma.flashcard.findMany({ where: { topicId: privateId }, select: { origin: true } })).every((c) => c.origin === "studio")).toBe(true);
  });

  it("a second sync and a second export change nothing", async () => {
    const before2 = await snapshot();
    const report = await syncContent(testDb.prisma, loadCheckedContent(dir), later(10));
    expect(report.adoptedFromStudio).toBe(0);
    expect(await snapshot()).toEqual(before2);
    const again = await exportStudioContent(testDb.prisma, dir);
    expect(again.topics).toEqual([]);
  });

  it("refuses a studio edit of the exported topic with the reason, so the next start loses nothing", async () => {
    const view = await getStudioTopic(testDb.prisma, editor, topicId);
    expect(view.inContentFiles).toBe(true);
    const edited = structuredClone(view.document);
    edited.flashcards[0]!.back = "forty";
    await expect(saveStudioTopic(testDb.prisma, editor, topicId, { document: edited, baseVersion: view.version })).rejects.toThrow(
      new RegExp(`now ships from content/topics/${topicId}\\.yaml.*an edit made here would be lost`),
    );
    await expect(publishStudioTopic(testDb.prisma, editor, topicId, { baseVersion: view.version }, later(15))).rejects.toThrow(/exported to content\//);
    const startSync = await syncContent(testDb.prisma, loadCheckedContent(dir), later(20));
    expect(startSync.flashcards).toMatchObject({ created: 0, updated: 0, retired: 0 });
    expect((await testDb.prisma.flashcard.findUniqueOrThrow({ where: { id: "berths-forty-2028-cloze" } })).back).toBe("40");
    expect((await getStudioTopic(testDb.prisma, editor, topicId)).version).toBe(view.version);
    // The teacher's private topic is still theirs to edit.
    const priv = await getStudioTopic(testDb.prisma, teacher, privateId);
    expect(priv.inContentFiles).toBe(false);
    await expect(saveStudioTopic(testDb.prisma, teacher, privateId, { document: priv.document, baseVersion: priv.version })).resolves.toMatchObject({ status: "draft" });
  });

  it("refuses studio edits right after the export, before any sync has run", async () => {
    const id = await publish(editor, "Shipyard berths again", secondTopic(articleId), later(30));
    await exportStudioContent(testDb.prisma, dir);
    const view = await getStudioTopic(testDb.prisma, editor, id);
    expect(view.inContentFiles).toBe(true);
    await expect(saveStudioTopic(testDb.prisma, editor, id, { document: view.document, baseVersion: view.version })).rejects.toThrow(/exported to content\//);
  });
});

/** A second public topic on the same article, with a fact and card of its own. */
function secondTopic(article: string) {
  const doc = shipyardDocument(article);
  return {
    ...doc,
    facts: [{ id: "welder-school-site", statement: "The planned training school for welders will stand beside the new berths.", sources: [{ article, paragraph: 1 }], status: "current" as const }],
    flashcards: [{ id: "welder-school-site-basic", factIds: ["welder-school-site"], kind: "basic" as const, front: "Where will the new training school stand?", back: "Beside the new berths" }],
    questions: [],
  };
}
