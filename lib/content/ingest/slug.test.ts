import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("follows the contract rule", () => {
    expect(slugify("India\u2013Chile: 'Critical' Minerals & More!")).toBe("india-chile-critical-minerals-more");
    expect(slugify("Café Diplomacy in São Tomé")).toBe("cafe-diplomacy-in-sao-tome");
    expect(slugify("  --Already--slugged--  ")).toBe("already-slugged");
    expect(slugify("")).toBe("");
  });

  it("keeps at most the first eight words", () => {
    expect(slugify("One two three four five six seven eight nine ten")).toBe("one-two-three-four-five-six-seven-eight");
    expect(slugify("India's ports: a 2025-26 review of trade")).toBe("india-s-ports-a-2025-26-review-of");
  });

  it("always yields at most eight a-z0-9 words joined by single hyphens (rule)", () => {
    for (const t of ["Ünïcödé — tëst", "100% of $5", "a--b__c", "India\u2019s \u201Cnew\u201D plan (2025\u201326)", "word ".repeat(30)]) {
      const slug = slugify(t);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.split("-").length).toBeLessThanOrEqual(8);
    }
  });

  it("is idempotent (rule)", () => {
    for (const t of ["A Title: With Parts", "word ".repeat(30), "Ünïcödé — tëst"]) expect(slugify(slugify(t))).toBe(slugify(t));
  });
});
