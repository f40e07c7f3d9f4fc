import { describe, expect, it } from "vitest";
import type { IngestInput } from "./types";
import { FACT_KINDS } from "./types";
import { fixture } from "./fixtures/read-fixture";
import { ingestFiles, serializeArticle } from "./ingest";
import { parsePlainText } from "./plain-text";

const GOOD = [
  "blue-economy-scraped.txt",
  "blue-economy-aggregator.txt",
  "blue-economy-plain.txt",
  "minerals-wordpress.json",
  "bay-of-bengal-page.html",
];
const inputs: IngestInput[] = GOOD.map((name) => ({ file: `fixtures/${name}`, content: Buffer.from(fixture(name)) }));
const result = ingestFiles(inputs);
const serialized = (r: ReturnType<typeof ingestFiles>) => r.articles.map(serializeArticle).join("");

describe("ingestFiles", () => {
  it("merges the three copies of one article and keeps the others apart", () => {
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => [a.id, a.sources.map((s) => s.file)])).toEqual([
      [
        "charting-a-blue-economy-partnership-between-india-and",
        ["blue-economy-aggregator.txt", "blue-economy-plain.txt", "blue-economy-scraped.txt"],
      ],
      ["india-chile-critical-minerals-dialogue", ["minerals-wordpress.json"]],
      ["port-calls-and-patrols-india-s-bay-of", ["bay-of-bengal-page.html"]],
    ]);
  });

  it("records each copy's publisher and date, 'unknown' where the format has none", () => {
    expect(result.articles[0]?.sources).toEqual([
      { file: "blue-economy-aggregator.txt", publisher: "Harbour Wire via Newsdeck", url: "unknown", publishedAt: "2025-03-05" },
      { file: "blue-economy-plain.txt", publisher: "unknown", url: "unknown", publishedAt: "unknown" },
      { file: "blue-economy-scraped.txt", publisher: "Coastline Courier", url: "unknown", publishedAt: "2025-03-05" },
    ]);
  });

  it("takes paragraphs from the preferred format (plain text beats scraped and aggregator copies)", () => {
    expect(result.articles[0]?.paragraphs).toEqual(parsePlainText(fixture("blue-economy-plain.txt")).paragraphs);
  });

  it("takes the title from another copy when the canonical copy has none", () => {
    const plain = fixture("blue-economy-plain.txt");
    const untitled = plain.slice(plain.indexOf("When Kenyan"));
    const merged = ingestFiles([
      { file: "a.txt", content: untitled },
      { file: "b.txt", content: fixture("blue-economy-scraped.txt") },
    ]);
    expect(merged.articles).toHaveLength(1);
    expect(merged.articles[0]?.id).toBe("charting-a-blue-economy-partnership-between-india-and");
    expect(merged.articles[0]?.paragraphs[0]?.text).toMatch(/^When Kenyan/);
  });

  it("emits facts whose index points into the article's paragraphs (rule)", () => {
    for (const a of result.articles) {
      expect(a.candidateFacts.length).toBeGreaterThan(0);
      for (const f of a.candidateFacts) {
        expect(FACT_KINDS).toContain(f.kind);
        expect(a.paragraphs[f.paragraphIndex]?.text).toContain(f.text);
      }
    }
  });

  it("is byte-stable: input order, repeats and Buffer vs string do not change the output (rule)", () => {
    const reversed = ingestFiles([...inputs].reverse());
    const asStrings = ingestFiles(inputs.map((i) => ({ file: i.file, content: i.content.toString() })));
    const repeated = ingestFiles([...inputs, inputs[0]!]);
    expect(serialized(reversed)).toBe(serialized(result));
    expect(serialized(asStrings)).toBe(serialized(result));
    expect(serialized(repeated)).toBe(serialized(result));
  });

  it("reports one error per bad file and still ingests the good ones", () => {
    const mixed = ingestFiles([
      ...inputs,
      { file: "empty.txt", content: Buffer.alloc(0) },
      { file: "image.png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) },
      { file: "category.json", content: fixture("category-not-post.json") },
      { file: "menu.txt", content: fixture("nav-only.txt") },
    ]);
    expect(mixed.articles.map((a) => a.id)).toEqual(result.articles.map((a) => a.id));
    expect(mixed.errors.map((e) => e.file)).toEqual(["category.json", "empty.txt", "image.png", "menu.txt"]);
    expect(mixed.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/not a WordPress post/),
      expect.stringMatching(/empty/),
      expect.stringMatching(/binary/),
      expect.stringMatching(/no article text/),
    ]);
  });

  it("suffixes ids of different articles that share a title", () => {
    const page = fixture("bay-of-bengal-page.html");
    const retitled = fixture("minerals-wordpress.json").replace("India&#8211;Chile Critical Minerals Dialogue", "Port calls and patrols: India&#8217;s Bay of Bengal outreach");
    const clash = ingestFiles([
      { file: "z.html", content: page },
      { file: "a.json", content: retitled },
    ]);
    expect(clash.articles.map((a) => [a.id, a.sources[0]?.file])).toEqual([
      ["port-calls-and-patrols-india-s-bay-of", "a.json"],
      ["port-calls-and-patrols-india-s-bay-of-2", "z.html"],
    ]);
  });

  it("uses 'unknown' for the title and an id from the first words when no copy has a title", () => {
    const plain = fixture("blue-economy-plain.txt");
    const { articles } = ingestFiles([{ file: "a.txt", content: plain.slice(plain.indexOf("When Kenyan")) }]);
    expect(articles[0]?.title).toBe("unknown");
    expect(articles[0]?.id).toBe("untitled-when-kenyan-president-amani-wekesa-landed-in-new");
  });
});
