import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { syncContent } from "@/server/content/sync-content";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { ingestFiles } from "@/lib/content/ingest/ingest";
import { emptyDocument } from "@/lib/studio/document";
import { checkOwnStudioTopic, createStudioTopic } from "./topics";
import type { StudioUser } from "./studio-user";

// The live copy check covers the articles content/ cites even though no one uploaded their text in the
// studio: a sentence copied from them is as much a copy as one from an upload (copycheck.py's corpus).
const dir = path.resolve(process.cwd(), "../shared/articles");
const testDb = withTestDatabase();
let editor: StudioUser;
let topicId = "";

/** The longest paragraph of each held-in article, read at run time so the repository holds no copy. */
function paragraphsFromFiles() {
  const files = readdirSync(dir).filter((f) => !f.endsWith(".md"));
  const { articles } = ingestFiles(files.map((f) => ({ file: path.join(dir, f), content: readFileSync(path.join(dir, f)) })));
  return articles.map((a) => ({ id: a.id, text: [...a.paragraphs].sort((x, y) => y.text.length - x.text.length)[0]!.text }));
}

describe.skipIf(!existsSync(dir))("the studio's copy check and the articles content/ cites", () => {
  beforeAll(async () => {
    const db = testDb.prisma;
    await syncContent(db, loadCheckedContent("content"), new Date());
    editor = (await createTestUser(db, "editor")) as StudioUser;
    ({ id: topicId } = await createStudioTopic(db, editor, { title: "Copy check" }, new Date()));
  }, 300_000);

  it("flags a paragraph copied from each registered article whose text was never uploaded", async () => {
    const db = testDb.prisma;
    const registered = await db.article.findMany({ where: { origin: "file" }, select: { id: true, text: { select: { articleId: true } } } });
    expect(registered.length).toBeGreaterThan(0);
    expect(registered.every((a) => a.text === null)).toBe(true);
    const pasted = paragraphsFromFiles();
    expect(pasted.map((p) => p.id).sort()).toEqual(registered.map((a) => a.id).sort());
    for (const { id, text } of pasted) {
      const doc = emptyDocument("Copy check", "2026-11-29");
      doc.facts = [{ id: "copied", statement: text, sources: [], status: "current" }];
      const { issues } = await checkOwnStudioTopic(db, editor, topicId, doc);
      expect(issues, id).toContainEqual({ path: "facts.0.statement", message: expect.stringContaining(`from article "${id}"`) });
    }
  });

  it("leaves our own wording alone", async () => {
    const doc = emptyDocument("Copy check", "2026-11-29");
    doc.facts = [{ id: "own", statement: "Seoul and New Delhi meet often, but the results of their meetings are modest.", sources: [], status: "current" }];
    const { issues } = await checkOwnStudioTopic(testDb.prisma, editor, topicId, doc);
    expect(issues.filter((i) => i.message.includes("copies"))).toEqual([]);
  });
});
