import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { listPracticeTopics } from "./quiz-topics";
import { getTopicPage, listSyllabusTags, listTopics } from "./topics";

const testDb = withTestDatabase();
const rows = loadCheckedContent();

beforeAll(async () => {
  await syncContent(testDb.prisma, rows, new Date("2026-11-22T00:00:00Z"));
});

describe("topic index", () => {
  it("lists every topic in topic order with its counts", async () => {
    const topics = await listTopics(testDb.prisma, { q: undefined, tag: undefined });
    expect(topics.map((t) => t.id)).toEqual([...rows.topics].sort((a, b) => a.order - b.order).map((t) => t.id));
    for (const topic of topics) {
      expect(topic.facts).toBe(rows.facts.filter((f) => f.topicId === topic.id).length);
      expect(topic.flashcards).toBe(rows.flashcards.filter((c) => c.topicId === topic.id).length);
    }
  });

  it("counts the same questions as the practice page (prelims), and mains questions apart", async () => {
    const topics = await listTopics(testDb.prisma, { q: undefined, tag: undefined });
    const practice = new Map((await listPracticeTopics(testDb.prisma)).map((t) => [t.id, t.questionCount]));
    let withMains = 0;
    for (const topic of topics) {
      expect(topic.questions, topic.id).toBe(practice.get(topic.id));
      const mains = rows.questions.filter((q) => q.kind === "mains" && q.topicIds.includes(topic.id)).length;
      expect(topic.mainsQuestions, topic.id).toBe(mains);
      if (mains > 0) withMains++;
      const page = await getTopicPage(testDb.prisma, topic.id);
      expect([page?.questionCount, page?.mainsQuestionCount]).toEqual([topic.questions, topic.mainsQuestions]);
    }
    expect(withMains).toBeGreaterThan(0); // the content has mains questions, so the two counts really differ
  });

  it("finds topics by stemmed full-text search over summaries and facts", async () => {
    const hits = await listTopics(testDb.prisma, { q: "semiconductor", tag: undefined });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((t) => t.id)).toContain("technology-and-semiconductors");
    expect(await listTopics(testDb.prisma, { q: "zzzzunmatchable", tag: undefined })).toEqual([]);
  });

  it("filters by syllabus tag", async () => {
    const tags = await listSyllabusTags(testDb.prisma);
    expect(tags.length).toBeGreaterThan(0);
    const tag = tags[0]!;
    const tagged = await listTopics(testDb.prisma, { q: undefined, tag });
    expect(tagged.length).toBe(rows.topics.filter((t) => t.syllabusTags.includes(tag)).length);
    expect(tagged.every((t) => t.syllabusTags.includes(tag))).toBe(true);
  });

  it("treats search syntax characters as plain words, not errors", async () => {
    await expect(listTopics(testDb.prisma, { q: `"unbalanced & | ! (`, tag: undefined })).resolves.toBeInstanceOf(Array);
  });
});

describe("topic page", () => {
  it("resolves every fact's citation to its article's publishers", async () => {
    const topic = await getTopicPage(testDb.prisma, rows.topics[0]!.id);
    expect(topic).not.toBeNull();
    expect(topic!.facts.length).toBeGreaterThan(0);
    for (const fact of topic!.facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) if (source.kind === "article") expect(source.publications.length).toBeGreaterThan(0);
    }
  });

  it("resolves reference citations, as-of dates and a superseded fact's successor", async () => {
    const cited = rows.facts.find((f) => JSON.stringify(f.sources).includes('"reference"'));
    if (!cited) throw new Error("the content should cite at least one reference");
    const page = await getTopicPage(testDb.prisma, cited.topicId);
    const fact = page!.facts.find((f) => f.id === cited.id)!;
    const reference = fact.sources.find((s) => s.kind === "reference");
    expect(reference).toMatchObject({ kind: "reference", url: expect.stringMatching(/^https:\/\//), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(reference && "title" in reference && reference.title.length).toBeGreaterThan(0);

    const superseded = rows.facts.find((f) => f.status === "superseded" && f.supersededBy !== null);
    if (!superseded) throw new Error("the content should hold a superseded fact");
    const oldPage = await getTopicPage(testDb.prisma, superseded.topicId);
    const old = oldPage!.facts.find((f) => f.id === superseded.id)!;
    const next = rows.facts.find((f) => f.id === superseded.supersededBy)!;
    expect(old.asOf).toBe(superseded.asOf?.toISOString().slice(0, 10));
    expect(old.successor).toEqual({ id: next.id, topicId: next.topicId, statement: next.statement, asOf: next.asOf?.toISOString().slice(0, 10) ?? null });
  });

  it("returns null for an unknown topic", async () => {
    expect(await getTopicPage(testDb.prisma, "no-such-topic")).toBeNull();
  });
});
