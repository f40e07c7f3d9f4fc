import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/read-fixture";
import { parseWordPressJson } from "./wordpress-json";

describe("parseWordPressJson", () => {
  const parsed = parseWordPressJson(fixture("minerals-wordpress.json"));

  it("reads title, link, date and publisher host from the JSON fields", () => {
    expect(parsed).toMatchObject({
      format: "wordpress-json",
      title: "India-Chile Critical Minerals Dialogue",
      url: "https://www.examnotes.example/ca/current-affairs/07-11-2025/india-chile-critical-minerals",
      publishedAt: "2025-11-07",
      publisher: "examnotes.example",
    });
  });

  it("makes p, h* and li paragraphs in document order, nested items after their parent item", () => {
    expect(parsed.paragraphs.map((p) => (p.heading ? `# ${p.text}` : p.text))).toEqual([
      "# Context",
      "India and Chile held the first round of a Critical Minerals Dialogue in Santiago, agreeing to map lithium and copper reserves jointly.",
      "# Key Outcomes",
      "Supply Chains: Both sides will draw up a Lithium Roadmap for refining and battery recycling. Priority areas include:",
      "Exploration & Survey (shared geological data)",
      "Processing in Indian industrial parks",
      "Trade: Bilateral trade was about $4.1 billion in 2024-25; Chile's copper made up nearly 60% of Indian imports.",
      'The Preferential Trade Agreement of 2006 will be widened into a "comprehensive" pact.',
      "# Significance",
      "The dialogue supports India's aim of 30% electric vehicle sales by 2030 - a goal that depends on steady lithium supply.",
      "It also gives Chile a partner outside its two largest buyers.",
    ]);
  });

  it("prefers the Yoast site name over the host when the post carries one", () => {
    const post = JSON.parse(fixture("minerals-wordpress.json")) as Record<string, unknown>;
    const named = parseWordPressJson(JSON.stringify({ ...post, yoast_head_json: { og_site_name: "Exam Notes" } }));
    expect(named.publisher).toBe("Exam Notes");
  });

  it("accepts a one-post array, as list endpoints return", () => {
    const one = parseWordPressJson(`[${fixture("minerals-wordpress.json")}]`);
    expect(one.paragraphs).toEqual(parsed.paragraphs);
  });

  it.each([
    ["a category object", fixture("category-not-post.json"), /not a WordPress post: title.rendered is missing; content.rendered is missing/],
    ["broken JSON", '{"title": {"rendered": "x"', /invalid JSON/],
    ["a list of two posts", "[{}, {}]", /array of 2 items/],
    ["a number", "42", /not a WordPress post object/],
    ["a post with an empty body", JSON.stringify({ title: { rendered: "T" }, content: { rendered: "<p></p>" } }), /no article text/],
    ["a post whose content is not text", JSON.stringify({ title: { rendered: "T" }, content: { rendered: 5 } }), /content.rendered must be a string/],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseWordPressJson(text)).toThrow(message);
  });
});
