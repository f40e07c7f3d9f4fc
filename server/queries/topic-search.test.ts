import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { MAX_TOPIC_QUERY, searchTopics } from "./topic-search";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "./topics";

const testDb = withTestDatabase();

beforeAll(async () => {
  await syncContent(testDb.prisma, loadCheckedContent(), new Date("2026-11-22T00:00:00Z"));
});

describe("searchTopics", () => {
  it("tolerates typos: 'semiconducter' finds the semiconductors topic, says what it searched, and shows the matched text", async () => {
    const result = await searchTopics(testDb.prisma, "semiconducter", undefined, []);
    expect(result.correctedQ).toMatch(/^semiconductors?$/);
    expect(result.topics.map((t) => t.id)).toContain("technology-and-semiconductors");
    const hit = result.topics.find((t) => t.id === "technology-and-semiconductors")!;
    expect(hit.match).toMatch(new RegExp(`${HIGHLIGHT_START}[Ss]emiconductors?${HIGHLIGHT_END}`));
  });

  it("leaves correct words alone and highlights them", async () => {
    const result = await searchTopics(testDb.prisma, "shipbuilding", undefined, []);
    expect(result.correctedQ).toBeNull();
    expect(result.topics.length).toBeGreaterThan(0);
    for (const topic of result.topics) expect(topic.match).toContain(HIGHLIGHT_START);
    expect((await searchTopics(testDb.prisma, undefined, undefined, [])).topics.every((t) => t.match === null)).toBe(true);
  });

  it("shortens an over-long query with a note, and notes that a Devanagari query meets English content", async () => {
    const long = `semiconductors ${"x".repeat(300)}`;
    const result = await searchTopics(testDb.prisma, long, undefined, []);
    expect(result.q).toHaveLength(MAX_TOPIC_QUERY);
    expect(result.notes).toEqual([`Your search was longer than ${MAX_TOPIC_QUERY} characters, so only the first ${MAX_TOPIC_QUERY} were used.`]);
    const hindi = await searchTopics(testDb.prisma, "सेमीकंडक्टर", undefined, []);
    expect(hindi.notes.join(" ")).toMatch(/in English for now/);
  });
});
