import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import type { StudioDocument } from "@/lib/studio/document";
import * as topics from "@/app/api/studio/topics/route";
import * as topic from "@/app/api/studio/topics/[topicId]/route";
import * as publish from "@/app/api/studio/topics/[topicId]/publish/route";

// Bad input rows of issue 12 at the publish step: a citation of a paragraph the article does not have and
// a fact with no source are refused with each message at its field's path, and nothing is half-published.
const testDb = withTestDatabase();
const SUMMARY = Array.from({ length: 160 }, (_, i) => `beacon${i}`).join(" ");
let editor: Awaited<ReturnType<typeof createTestUser>>;

type Res = { status: number; body: { id?: string; version?: number; error?: { message: string; issues?: { path: string; message: string }[] } } };
async function call(handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string, method: string, body: unknown, topicId?: string): Promise<Res> {
  const res = await handler(apiRequest(url, { method, body, cookie: editor.cookie }), topicId ? { params: Promise.resolve({ topicId }) } : undefined);
  return { status: res.status, body: (await res.json()) as Res["body"] };
}

beforeAll(async () => {
  const db = testDb.prisma;
  editor = await createTestUser(db, "editor");
  await db.article.create({ data: { id: "beacon-wire", title: "Beacon wire", paragraphCount: 2, sources: { publications: [] }, contentHash: "h", origin: "studio" } });
  await db.articleText.create({
    data: { articleId: "beacon-wire", paragraphs: [{ text: "Beacons were lit on the hills.", heading: false }, { text: "The fair lasted a week.", heading: false }], removed: [], candidateFacts: [], sources: [], uploadedById: editor.id },
  });
}, 300_000);

describe("publishing a topic with bad citations", () => {
  it("refuses a citation past the article's end and a fact with no source, at their fields, and writes no live rows", async () => {
    const created = await call(topics.POST, "/api/studio/topics", "POST", { title: "Beacon fair" });
    const id = created.body.id!;
    const doc: StudioDocument = {
      topic: { title: "Beacon fair", summary: SUMMARY, whyItMatters: "Fairs show soft power.", syllabusTags: ["GS2: bilateral relations"], asOf: "2026-11-01" },
      facts: [
        { id: "beacons-lit", statement: "Hill beacons opened the fair.", sources: [{ article: "beacon-wire", paragraph: 7 }], status: "current" },
        { id: "fair-week", statement: "The fair ran for seven days.", sources: [], status: "current" },
      ],
      flashcards: [
        { id: "beacons-lit-basic", factIds: ["beacons-lit"], kind: "basic", front: "What opened the fair?", back: "Hill beacons" },
        { id: "fair-week-basic", factIds: ["fair-week"], kind: "basic", front: "How long did the fair run?", back: "Seven days" },
      ],
      questions: [],
    };
    const saved = await call(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: doc, baseVersion: 1 }, id);
    expect(saved.status).toBe(200);
    const refused = await call(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: saved.body.version }, id);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.issues).toEqual(
      expect.arrayContaining([
        { path: "facts.1.sources", message: "a fact must cite at least one source paragraph or reference" },
      ]),
    );
    const db = testDb.prisma;
    expect(await db.topic.count({ where: { id } })).toBe(0);
    expect(await db.fact.count({ where: { topicId: id } })).toBe(0);
    expect(await db.flashcard.count({ where: { topicId: id } })).toBe(0);
    expect((await db.studioTopic.findUniqueOrThrow({ where: { id } })).publishedVersion).toBeNull();

    // With the source fixed, the paragraph past the end is reported next to that citation.
    doc.facts[1]!.sources = [{ article: "beacon-wire", paragraph: 1 }];
    const resaved = await call(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: doc, baseVersion: saved.body.version }, id);
    const refusedAgain = await call(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: resaved.body.version }, id);
    expect(refusedAgain.status).toBe(400);
    expect(refusedAgain.body.error?.issues).toEqual([{ path: "facts.0.sources.0.paragraph", message: 'fact "beacons-lit" cites paragraph 7 of "beacon-wire", which has paragraphs 0-1' }]);
    expect(await db.topic.count({ where: { id } })).toBe(0);
  });
});
