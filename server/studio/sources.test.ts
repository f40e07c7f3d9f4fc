import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { fixture } from "@/lib/content/ingest/fixtures/read-fixture";
import * as preview from "@/app/api/studio/sources/preview/route";
import * as sources from "@/app/api/studio/sources/route";
import { getStudioArticle, listStudioArticles } from "./sources";

const testDb = withTestDatabase();
type User = Awaited<ReturnType<typeof createTestUser>>;
let editor: User, teacher: User, rival: User, student: User;

const plain = { fileName: "blue-economy-plain.txt", text: fixture("blue-economy-plain.txt") };
const publication = { publisher: "Example Times", url: "unknown", publishedAt: "2026-03-01" };
const asBase64 = (s: string) => Buffer.from(s).toString("base64");

async function call(route: (r: Request) => Promise<Response>, url: string, body: unknown, user?: User) {
  const res = await route(apiRequest(url, { body, ...(user ? { cookie: user.cookie } : {}) }));
  const json = (await res.json()) as Record<string, unknown> & { error?: { message: string; issues?: { path: string; message: string }[] } };
  // Field refusals carry their text in issues; a service's refusal in the message.
  if (json.error) json.error.message = [json.error.message, ...(json.error.issues ?? []).map((i) => `${i.path}: ${i.message}`)].join(" | ");
  return { status: res.status, body: json };
}
const counts = async () => ({ articles: await testDb.prisma.article.count(), texts: await testDb.prisma.articleText.count() });

beforeAll(async () => {
  [editor, teacher, rival, student] = await Promise.all([
    createTestUser(testDb.prisma, "editor"),
    createTestUser(testDb.prisma, "teacher"),
    createTestUser(testDb.prisma, "teacher"),
    createTestUser(testDb.prisma, "student"),
  ]);
});

describe("studio sources", () => {
  it("is closed to anonymous visitors and students", async () => {
    expect((await call(preview.POST, "/api/studio/sources/preview", plain)).status).toBe(401);
    expect((await call(preview.POST, "/api/studio/sources/preview", plain, student)).status).toBe(403);
    expect((await call(sources.POST, "/api/studio/sources", { source: plain, label: "Blue economy", publication }, student)).status).toBe(403);
    expect(await counts()).toEqual({ articles: 0, texts: 0 });
  });

  it("previews an upload without storing it, with detected metadata and removed text", async () => {
    const res = await call(preview.POST, "/api/studio/sources/preview", { fileName: "scraped.txt", contentBase64: asBase64(fixture("blue-economy-scraped.txt")) }, teacher);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ sameStory: null });
    expect((res.body.paragraphs as unknown[]).length).toBeGreaterThan(2);
    expect((res.body.removed as unknown[]).length).toBeGreaterThan(0);
    expect(await counts()).toEqual({ articles: 0, texts: 0 });
  });

  it("stores a teacher's article whose text only that teacher and editors can read", async () => {
    const res = await call(sources.POST, "/api/studio/sources", { source: plain, label: "Blue economy note", publication }, teacher);
    expect(res.status).toBe(201);
    const id = res.body.articleId as string;
    const db = testDb.prisma;
    expect((await getStudioArticle(db, teacher as never, id)).paragraphs.length).toBeGreaterThan(0);
    expect((await getStudioArticle(db, editor as never, id)).publications).toEqual([publication]);
    await expect(getStudioArticle(db, rival as never, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listStudioArticles(db, rival as never)).toEqual([]);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).origin).toBe("studio");
  });

  it("recognises another copy of the same story and adds it as a source", async () => {
    const copy = { fileName: "agg.txt", text: fixture("blue-economy-aggregator.txt") };
    const seen = await call(preview.POST, "/api/studio/sources/preview", copy, teacher);
    const same = seen.body.sameStory as { articleId: string; hasText: boolean };
    expect(same).toMatchObject({ hasText: true });
    const before = await counts();
    const added = await call(sources.POST, "/api/studio/sources", { source: copy, label: "Aggregator copy", publication: { ...publication, publisher: "Aggregator" }, addToArticleId: same.articleId }, teacher);
    expect(added.body).toEqual({ articleId: same.articleId, added: "source" });
    expect(await counts()).toEqual(before);
    expect((await getStudioArticle(testDb.prisma, teacher as never, same.articleId)).publications.map((p) => p.publisher)).toEqual(["Example Times", "Aggregator"]);
    // Another teacher cannot see that text, so it is not offered to them, and they cannot add to it.
    expect((await call(preview.POST, "/api/studio/sources/preview", copy, rival)).body.sameStory).toBeNull();
    expect((await call(sources.POST, "/api/studio/sources", { source: copy, label: "Mine", publication, addToArticleId: same.articleId }, rival)).status).toBe(404);
  });

  it("refuses bad input with a clear message and stores nothing", async () => {
    const before = await counts();
    const bad: [unknown, RegExp][] = [
      [{ source: { fileName: "empty.txt", contentBase64: "" }, label: "Empty", publication }, /empty.txt is empty/],
      [{ source: { fileName: "x.png", contentBase64: asBase64("\u0000PNG") }, label: "Picture", publication }, /unknown format/],
      [{ source: { fileName: "bin.txt", contentBase64: Buffer.from([1, 0, 2, 0, 3]).toString("base64") }, label: "Binary", publication }, /binary data/],
      [{ source: { fileName: "big.txt", text: "word ".repeat(60_000) }, label: "Big", publication }, /at most 200 kB/],
      [{ source: plain, label: "Bad date", publication: { ...publication, publishedAt: "2026-02-30" } }, /publishedAt must be a real date/],
      [{ source: plain, label: "x", publication }, /short label/],
    ];
    for (const [body, message] of bad) {
      const res = await call(sources.POST, "/api/studio/sources", body, editor);
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  const article003 = "../shared/articles/003_60242e7a83e49185.txt";
  it("attaches text to an article registered from content/ when the paragraphs line up, and refuses when they do not", async () => {
    const db = testDb.prisma;
    await db.article.create({ data: { id: "india-and-south-korea-bolster-ties-as-strategic", title: "Undated op-ed", paragraphCount: 9, sources: { publications: [] }, contentHash: "h" } });
    await db.article.create({ data: { id: "blue-economy-registered", title: "Registered", paragraphCount: 99, sources: { publications: [] }, contentHash: "h" } });
    let text: string;
    try {
      text = readFileSync(article003, "utf8");
    } catch {
      return; // the seed articles are not on this machine
    }
    const source = { fileName: "003.txt", text };
    const seen = await call(preview.POST, "/api/studio/sources/preview", source, editor);
    expect(seen.body.sameStory).toMatchObject({ articleId: "india-and-south-korea-bolster-ties-as-strategic", hasText: false, paragraphCount: 9 });
    const before = await counts();
    const wrong = await call(sources.POST, "/api/studio/sources", { source: plain, label: "Wrong", publication, addToArticleId: "blue-economy-registered" }, editor);
    expect(wrong.body.error?.message).toMatch(/citations would not line up/);
    expect(await counts()).toEqual(before);
    const ok = await call(sources.POST, "/api/studio/sources", { source, label: "Undated op-ed", publication: { publisher: "unknown", url: "unknown", publishedAt: "unknown" }, addToArticleId: "india-and-south-korea-bolster-ties-as-strategic" }, editor);
    expect(ok.status).toBe(201);
    expect((await getStudioArticle(db, editor as never, "india-and-south-korea-bolster-ties-as-strategic")).paragraphs).toHaveLength(9);
  });
});
