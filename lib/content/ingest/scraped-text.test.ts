import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/read-fixture";
import { parsePlainText } from "./plain-text";
import { parseAggregatorText, parseScrapedText } from "./scraped-text";
import { splitSentences } from "./sentences";

const plain = parsePlainText(fixture("blue-economy-plain.txt"));
const plainTexts = plain.paragraphs.map((p) => p.text);

/** Sentences of at least 8 words from the part of a fixture after its related-articles marker. */
function appendedSentences(name: string): string[] {
  const raw = fixture(name);
  const tail = raw.slice(raw.indexOf("Related Articles") >= 0 ? raw.indexOf("Related Articles") : raw.indexOf("Argentine farmers"));
  return tail
    .split("\n")
    .flatMap((line) => splitSentences(line.trim()))
    .filter((s) => s.split(/\s+/).length >= 8);
}

describe("parseScrapedText", () => {
  const parsed = parseScrapedText(fixture("blue-economy-scraped.txt"));

  it("reads the headline, the date next to it and the site's readable name", () => {
    expect(parsed).toMatchObject({
      format: "scraped-text",
      title: plain.title,
      publisher: "Coastline Courier",
      publishedAt: "2025-03-05",
      url: null,
    });
  });

  it("yields exactly the article's paragraphs, headings included, and nothing from menus or widgets", () => {
    expect(parsed.paragraphs).toEqual(plain.paragraphs);
  });
});

describe("parseScrapedText on another site's layout (menus without bullets, inline ads, byline)", () => {
  const raw = fixture("river-treaty-scraped.txt");
  const parsed = parseScrapedText(raw);
  const texts = parsed.paragraphs.map((p) => p.text);

  it("reads title, byline date and the copyright holder", () => {
    expect(parsed).toMatchObject({
      title: "Upstream, downstream: reviving a river water treaty",
      publisher: "The Morning Ledger",
      publishedAt: "2025-02-12",
    });
  });

  it("keeps every long line between byline and tags, and the heading, in order", () => {
    const lines = raw.split("\n");
    const body = lines.slice(lines.findIndex((l) => l.startsWith("By ")) + 1, lines.findIndex((l) => l.startsWith("Tags:")));
    const expected = body.filter((l) => l.split(" ").length >= 12 || l === "What the negotiators disagree on");
    expect(texts).toEqual(expected);
    expect(parsed.paragraphs.find((p) => p.heading)?.text).toBe("What the negotiators disagree on");
  });

  it("drops inline ads and cross-links", () => {
    expect(texts.join("\n")).not.toMatch(/Advertisement|Also Read|Five dams|Listen to this|Island nations/);
  });
});

describe("parseAggregatorText", () => {
  it.each(["blue-economy-aggregator.txt", "blue-economy-aggregator-no-marker.txt"])(
    "%s: credits the outlet via the aggregator and keeps only the article",
    (name) => {
      const parsed = parseAggregatorText(fixture(name));
      expect(parsed).toMatchObject({
        format: "aggregator-text",
        title: plain.title,
        publisher: "Harbour Wire via Newsdeck",
        publishedAt: "2025-03-05",
      });
      // The aggregator prints no headings, so its paragraphs are the plain copy's text paragraphs.
      expect(parsed.paragraphs.map((p) => p.text)).toEqual(plain.paragraphs.filter((p) => !p.heading).map((p) => p.text));
    },
  );

  it.each(["blue-economy-aggregator.txt", "blue-economy-aggregator-no-marker.txt"])(
    "%s: no sentence of the appended stories survives (rule)",
    (name) => {
      const sentences = appendedSentences(name);
      expect(sentences.length).toBeGreaterThan(4);
      const body = parseAggregatorText(fixture(name)).paragraphs.map((p) => p.text).join("\n");
      for (const s of sentences) expect(body).not.toContain(s);
    },
  );

  it("keeps the plain copy's words: every aggregator paragraph appears in the plain copy", () => {
    const parsed = parseAggregatorText(fixture("blue-economy-aggregator.txt"));
    for (const p of parsed.paragraphs) expect(plainTexts).toContain(p.text);
  });
});
