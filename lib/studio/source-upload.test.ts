import { describe, expect, it } from "vitest";
import { fixture } from "@/lib/content/ingest/fixtures/read-fixture";
import { analyseSource, findSameStory, MAX_ARTICLE_BYTES, UploadError } from "./source-upload";

const plain = analyseSource({ fileName: "blue-economy-plain.txt", content: fixture("blue-economy-plain.txt") });

describe("analyseSource", () => {
  it("cleans an article with the ingest code and lists what it removed", () => {
    const scraped = analyseSource({ fileName: "blue-economy-scraped.txt", content: Buffer.from(fixture("blue-economy-scraped.txt")) });
    expect(scraped.article.paragraphs.length).toBeGreaterThan(2);
    expect(scraped.removed.length).toBeGreaterThan(0);
    const kept = new Set(scraped.article.paragraphs.map((p) => p.text));
    expect(scraped.removed.some((line) => kept.has(line))).toBe(false);
  });

  it("reads WordPress JSON and HTML, and pasted text without a file name", () => {
    expect(analyseSource({ fileName: "post.json", content: fixture("minerals-wordpress.json") }).article.sources[0]?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(analyseSource({ fileName: "page.html", content: fixture("bay-of-bengal-page.html") }).article.paragraphs.length).toBeGreaterThan(0);
    expect(analyseSource({ fileName: null, content: fixture("blue-economy-plain.txt") }).article.id).toBe(plain.article.id);
  });

  it.each([
    [{ fileName: "empty.txt", content: Buffer.alloc(0) }, /empty.txt is empty/],
    [{ fileName: "blank.txt", content: "  \n \n" }, /file is empty/],
    [{ fileName: "photo.txt", content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) }, /binary data/],
    [{ fileName: "report.pdf", content: "%PDF-1.7" }, /unknown format; upload a .txt, .html or WordPress .json/],
    [{ fileName: "huge.txt", content: "word ".repeat(MAX_ARTICLE_BYTES / 4) }, /at most 200 kB/],
    [{ fileName: "nav.txt", content: fixture("nav-only.txt") }, /^nav.txt: /],
    [{ fileName: "cat.json", content: fixture("category-not-post.json") }, /not a WordPress post/],
  ])("refuses bad input %#", (input, message) => {
    expect(() => analyseSource(input)).toThrow(UploadError);
    expect(() => analyseSource(input)).toThrow(message);
  });
});

describe("findSameStory", () => {
  const stored = [{ id: "blue-economy", paragraphs: plain.article.paragraphs }];

  it("finds another copy of a stored article by shingle containment, as the CLI merges them", () => {
    const copy = analyseSource({ fileName: "agg.txt", content: fixture("blue-economy-aggregator.txt") }).article;
    expect(findSameStory(copy, stored, [])).toMatchObject({ articleId: "blue-economy", byId: false });
  });

  it("does not match a different story, unless its id is registered without text", () => {
    const other = analyseSource({ fileName: "river.txt", content: fixture("river-treaty-scraped.txt") }).article;
    expect(findSameStory(other, stored, [])).toBeNull();
    expect(findSameStory(other, stored, [other.id])).toEqual({ articleId: other.id, shared: 0, byId: true });
  });
});
