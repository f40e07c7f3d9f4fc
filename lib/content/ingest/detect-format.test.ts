import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";
import { fixture } from "./fixtures/read-fixture";

describe("detectFormat", () => {
  it.each([
    ["blue-economy-plain.txt", "plain-text"],
    ["blue-economy-scraped.txt", "scraped-text"],
    ["blue-economy-aggregator.txt", "aggregator-text"],
    ["blue-economy-aggregator-no-marker.txt", "aggregator-text"],
    ["minerals-wordpress.json", "wordpress-json"],
    ["category-not-post.json", "wordpress-json"],
    ["bay-of-bengal-page.html", "html"],
    ["nav-only.txt", "scraped-text"],
    ["river-treaty-scraped.txt", "scraped-text"],
  ])("%s is %s", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it("judges content, not layout whitespace: a plain article with a source list stays plain", () => {
    const text = [
      "A headline about river treaties",
      "",
      "The river commission met in March to revise water-sharing quotas for the dry season, officials said.",
      "",
      "Sources:",
      "1. https://example.org/a",
      "2. https://example.org/b",
      "",
      "Previous",
      "Next",
    ].join("\n");
    expect(detectFormat(text)).toBe("plain-text");
  });

  it("reads prose opening with a bracket as text, but anything opening with a brace as JSON", () => {
    const prose = "[Updated] The harbour board approved a second berth after a long dispute over dredging costs and fees.";
    expect(detectFormat(prose)).toBe("plain-text");
    expect(detectFormat('{"broken": ')).toBe("wordpress-json");
  });

  it("treats a page fragment with many tags as HTML even without a doctype", () => {
    expect(detectFormat("<div><p>One.</p><p>Two.</p><p>Three.</p><ul><li>x</li></ul></div>")).toBe("html");
  });
});
