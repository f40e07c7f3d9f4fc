import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import type { StudioDocument } from "@/lib/studio/document";
import * as topics from "@/app/api/studio/topics/route";
import * as topic from "@/app/api/studio/topics/[topicId]/route";
import * as check from "@/app/api/studio/topics/[topicId]/check/route";
import * as status from "@/app/api/studio/topics/[topicId]/status/route";
import * as publish from "@/app/api/studio/topics/[topicId]/publish/route";
import { getStudioTopic } from "./topics";
import { syncContent } from "@/server/content/sync-content";
import { loadCheckedContent } from "@/server/content/load-checked-content";

const testDb = withTestDatabase();
type User = Awaited<ReturnType<typeof createTestUser>>;
let editor: User, teacher: User, rival: User, student: User;

const ARTICLE = "Seoul and New Delhi agreed on Tuesday to expand cooperation in shipbuilding, semiconductors and critical minerals, said officials.";
const SUMMARY = Array.from({ length: 160 }, (_, i) => `notion${i}`).join(" ");

type Res = { status: number; body: Record<string, unknown> & { error?: { message: string; issues?: { path: string; message: string }[] } } };
async function send(handler: (r: Request, c?: { params: Promise<Record<string, string>> }) => Promise<Response>, url: string, method: string, body: unknown, user?: User, topicId?: string): Promise<Res> {
  const res = await handler(apiRequest(url, { method, body, ...(user ? { cookie: user.cookie } : {}) }), topicId ? { params: Promise.resolve({ topicId }) } : undefined);
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Res["body"] };
}

function documentFor(title: string, statement = "The two capitals widened shipyard work in 2026."): StudioDocument {
  return {
    topic: { title, summary: SUMMARY, whyItMatters: "Examiners like shipbuilding.", syllabusTags: ["GS2: bilateral relations"], asOf: "2026-03-01" },
    facts: [{ id: "ship-deal-2026", statement, value: { year: 2026 }, sources: [{ article: "ship-news", paragraph: 0 }], asOf: "2026-03-01", status: "current" }],
    flashcards: [{ id: "ship-deal-2026-cloze", factIds: ["ship-deal-2026"], kind: "cloze", front: "Shipyard work widened in {{c1::2026}}.", back: "2026" }],
    questions: [
      {
        id: "ship-deal-q",
        kind: "multi-statement",
        factIds: ["ship-deal-2026"],
        syllabusTag: "GS2: bilateral relations",
        difficulty: "easy",
        stem: "Which of the statements given above is/are correct?",
        statements: [
          { text: "Shipyard work widened in 2026.", correct: true, factIds: ["ship-deal-2026"], explanation: "As the fact says." },
          { text: "Shipyard work widened in 2019.", correct: false, factIds: ["ship-deal-2026"], explanation: "It was 2026." },
        ],
      },
    ],
  };
}

beforeAll(async () => {
  const db = testDb.prisma;
  [editor, teacher, rival, student] = await Promise.all([createTestUser(db, "editor", "Eda Editor"), createTestUser(db, "teacher"), createTestUser(db, "teacher"), createTestUser(db, "student")]);
  await db.article.create({ data: { id: "ship-news", title: "Ship news", paragraphCount: 1, sources: { publications: [] }, contentHash: "h", origin: "studio" } });
  await db.articleText.create({ data: { articleId: "ship-news", paragraphs: [{ text: ARTICLE, heading: false }], removed: [], candidateFacts: [], sources: [], uploadedById: editor.id } });
});

describe("studio topics", () => {
  let id = "";

  it("creates a draft for editors and teachers only", async () => {
    expect((await send(topics.POST, "/api/studio/topics", "POST", { title: "Shipbuilding ties" })).status).toBe(401);
    expect((await send(topics.POST, "/api/studio/topics", "POST", { title: "Shipbuilding ties" }, student)).status).toBe(403);
    const created = await send(topics.POST, "/api/studio/topics", "POST", { title: "Shipbuilding ties" }, editor);
    expect(created.status).toBe(201);
    id = created.body.id as string;
    expect(id).toBe("shipbuilding-ties");
  });

  it("flags a sentence pasted from an article, live, and refuses to publish it", async () => {
    const copied = documentFor("Shipbuilding ties", ARTICLE);
    const live = await send(check.POST, `/api/studio/topics/${id}/check`, "POST", { document: copied }, editor, id);
    expect(live.body.issues).toEqual([expect.objectContaining({ path: "facts.0.statement", message: expect.stringMatching(/copies 18 words in a row from article "ship-news"/) })]);
    const saved = await send(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: copied, baseVersion: 1 }, editor, id);
    expect(saved.body).toEqual({ version: 2, status: "draft" });
    const refused = await send(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: 2 }, editor, id);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.issues?.[0]?.path).toBe("facts.0.statement");
    expect(await testDb.prisma.topic.count({ where: { id } })).toBe(0);
  });

  it("refuses a save from an older version, naming the conflict", async () => {
    const stale = await send(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: documentFor("Shipbuilding ties"), baseVersion: 1 }, editor, id);
    expect(stale.status).toBe(409);
  });

  it("publishes a clean topic with the sync logic, and keeps history on republish", async () => {
    const db = testDb.prisma;
    await send(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: documentFor("Shipbuilding ties"), baseVersion: 2 }, editor, id);
    expect((await send(status.POST, `/api/studio/topics/${id}/status`, "POST", { status: "in_review", baseVersion: 3 }, editor, id)).body).toEqual({ version: 4, status: "in_review" });
    await db.timelineEvent.create({ data: { id: "file-event", date: "2015", year: 2015, title: "An event from content/", factIds: [], order: 0, contentHash: "h" } });
    const published = await send(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: 4 }, editor, id);
    // A studio publish owns one topic's rows: content/'s timeline is not touched.
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id: "file-event" } })).retiredAt).toBeNull();
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: 5, report: { topics: { created: 1 }, flashcards: { created: 1 }, questions: { created: 1 } } });
    expect(await db.topic.findUniqueOrThrow({ where: { id } })).toMatchObject({ origin: "studio", ownerId: null, retiredAt: null });

    // A learner's state survives an edit; a card removed later is retired with its state suspended, not deleted.
    await db.cardState.create({ data: { userId: student.id, cardId: "ship-deal-2026-cloze", due: new Date(), state: "review", reps: 3 } });
    const edited = documentFor("Shipbuilding ties");
    edited.flashcards[0]!.back = "2026 (the shipyard year)";
    await send(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: edited, baseVersion: 5 }, editor, id);
    expect((await send(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: 6 }, editor, id)).body).toMatchObject({ report: { flashcards: { updated: 1 } } });
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: "ship-deal-2026-cloze" } } })).toMatchObject({ reps: 3, suspended: false });

    const superseded = documentFor("Shipbuilding ties");
    superseded.facts.push({ id: "ship-deal-2027", statement: "The shipyard plan was renewed in 2027.", sources: [{ article: "ship-news", paragraph: 0 }], asOf: "2026-03-01", status: "current" });
    superseded.facts[0] = { ...superseded.facts[0]!, status: "superseded", supersededBy: "ship-deal-2027" };
    superseded.flashcards = [
      { id: "ship-deal-2027-basic", factIds: ["ship-deal-2027"], kind: "basic", front: "When was the shipyard plan renewed?", back: "2027" },
      { id: "ship-deal-2026-basic", factIds: ["ship-deal-2026"], kind: "basic", front: "Which plan did the 2027 renewal replace?", back: "The 2026 shipyard work" },
    ];
    superseded.questions = [];
    await send(topic.PUT, `/api/studio/topics/${id}`, "PUT", { document: superseded, baseVersion: 7 }, editor, id);
    const republished = await send(publish.POST, `/api/studio/topics/${id}/publish`, "POST", { baseVersion: 8 }, editor, id);
    expect(republished.body).toMatchObject({ report: { flashcards: { created: 2, retired: 1 }, questions: { retired: 1 } } });
    expect(await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: "ship-deal-2026-cloze" } } })).toMatchObject({ reps: 3, suspended: true });
    expect((await db.flashcard.findUniqueOrThrow({ where: { id: "ship-deal-2026-cloze" } })).retiredAt).not.toBeNull();

    const view = await getStudioTopic(db, { ...editor, role: "editor" }, id);
    expect(view.history.map((h) => h.changes)).toEqual([
      "published",
      "added fact ship-deal-2027; edited fact ship-deal-2026; added card ship-deal-2027-basic, ship-deal-2026-basic; removed card ship-deal-2026-cloze; removed question ship-deal-q",
      "published",
      "edited card ship-deal-2026-cloze",
      "published",
      "sent for review",
      "edited fact ship-deal-2026",
      "edited summary, whyItMatters, asOf; added fact ship-deal-2026; added card ship-deal-2026-cloze; added question ship-deal-q",
      "created the topic",
    ]);
    expect(view.history[0]?.author).toBe("Eda Editor");
  });

  it("flags the cards of a newly superseded fact for relearning", async () => {
    const db = testDb.prisma;
    const id2 = ((await send(topics.POST, "/api/studio/topics", "POST", { title: "Port ties" }, editor)).body.id as string);
    const doc = documentFor("Port ties");
    doc.facts[0]!.id = "port-fact";
    doc.facts.push({ id: "port-fact-new", statement: "Port work was renewed in 2027.", sources: [{ article: "ship-news", paragraph: 0 }], asOf: "2026-03-01", status: "current" });
    doc.flashcards = [
      { id: "port-fact-cloze", factIds: ["port-fact"], kind: "cloze", front: "Port work widened in {{c1::2026}}.", back: "2026" },
      { id: "port-fact-new-basic", factIds: ["port-fact-new"], kind: "basic", front: "When was port work renewed?", back: "2027" },
    ];
    doc.questions = [];
    await send(topic.PUT, `/api/studio/topics/${id2}`, "PUT", { document: doc, baseVersion: 1 }, editor, id2);
    await send(publish.POST, `/api/studio/topics/${id2}/publish`, "POST", { baseVersion: 2 }, editor, id2);
    await db.cardState.create({ data: { userId: student.id, cardId: "port-fact-cloze", due: new Date(), state: "review", reps: 2 } });
    doc.facts[0] = { ...doc.facts[0]!, status: "superseded", supersededBy: "port-fact-new" };
    await send(topic.PUT, `/api/studio/topics/${id2}`, "PUT", { document: doc, baseVersion: 3 }, editor, id2);
    expect((await send(publish.POST, `/api/studio/topics/${id2}/publish`, "POST", { baseVersion: 4 }, editor, id2)).body).toMatchObject({ report: { cardsFlaggedForRelearning: 1 } });
    expect((await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: student.id, cardId: "port-fact-cloze" } } })).needsRelearn).toBe(true);
  });

  it("keeps a teacher's topic private to them: another teacher and editors get 404s, and it publishes as private", async () => {
    const db = testDb.prisma;
    const created = await send(topics.POST, "/api/studio/topics", "POST", { title: "Batch notes" }, teacher);
    const tid = created.body.id as string;
    for (const other of [rival, editor]) {
      expect((await send(check.POST, `/api/studio/topics/${tid}/check`, "POST", { document: documentFor("x") }, other, tid)).status).toBe(404);
      expect((await send(topic.PUT, `/api/studio/topics/${tid}`, "PUT", { document: documentFor("x"), baseVersion: 1 }, other, tid)).status).toBe(404);
      expect((await send(publish.POST, `/api/studio/topics/${tid}/publish`, "POST", { baseVersion: 1 }, other, tid)).status).toBe(404);
    }
    const doc = documentFor("Batch notes");
    doc.facts[0]!.id = "batch-fact";
    doc.flashcards = [{ id: "batch-fact-cloze", factIds: ["batch-fact"], kind: "cloze", front: "Work widened in {{c1::2026}}.", back: "2026" }];
    doc.questions = [];
    await send(topic.PUT, `/api/studio/topics/${tid}`, "PUT", { document: doc, baseVersion: 1 }, teacher, tid);
    expect((await send(publish.POST, `/api/studio/topics/${tid}/publish`, "POST", { baseVersion: 2 }, teacher, tid)).status).toBe(200);
    expect(await db.topic.findUniqueOrThrow({ where: { id: tid } })).toMatchObject({ ownerId: teacher.id, origin: "studio" });
    expect((await db.studioTopic.findUniqueOrThrow({ where: { id: tid } })).document).toMatchObject({ topic: { title: "Batch notes" } });
  });

  it("loses no studio edit on the next start: content sync leaves published topics and drafts as they are", async () => {
    const db = testDb.prisma;
    const before = {
      topics: await db.topic.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } }),
      cards: await db.flashcard.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } }),
      questions: await db.question.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } }),
      drafts: await db.studioTopic.findMany({ orderBy: { id: "asc" } }),
    };
    expect(before.topics.length).toBeGreaterThan(0);
    await syncContent(db, loadCheckedContent(), new Date());
    await syncContent(db, loadCheckedContent(), new Date());
    expect(await db.topic.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } })).toEqual(before.topics);
    expect(await db.flashcard.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } })).toEqual(before.cards);
    expect(await db.question.findMany({ where: { origin: "studio" }, orderBy: { id: "asc" } })).toEqual(before.questions);
    expect(await db.studioTopic.findMany({ orderBy: { id: "asc" } })).toEqual(before.drafts);
  });

  it("refuses an id that content from files already uses, and publishes nothing", async () => {
    const db = testDb.prisma;
    await db.topic.create({ data: { id: "from-files", title: "From files", summary: "s", whyItMatters: "w", syllabusTags: [], relatedTopics: [], asOf: new Date("2026-01-01"), order: 1, contentHash: "h" } });
    await db.fact.create({ data: { id: "taken-fact", topicId: "from-files", statement: "s", sources: [], order: 0, contentHash: "h" } });
    const t = (await send(topics.POST, "/api/studio/topics", "POST", { title: "From files" }, editor)).body.id as string;
    expect(t).toBe("from-files-2");
    const doc = documentFor("From files");
    doc.facts[0]!.id = "taken-fact";
    doc.flashcards[0]!.factIds = ["taken-fact"];
    doc.questions = [];
    await send(topic.PUT, `/api/studio/topics/${t}`, "PUT", { document: doc, baseVersion: 1 }, editor, t);
    const res = await send(publish.POST, `/api/studio/topics/${t}/publish`, "POST", { baseVersion: 2 }, editor, t);
    expect(res.body.error?.message).toMatch(/already used by other content: taken-fact/);
    expect(await db.topic.count({ where: { id: t } })).toBe(0);
    expect((await db.fact.findUniqueOrThrow({ where: { id: "taken-fact" } })).topicId).toBe("from-files");
  });
});
