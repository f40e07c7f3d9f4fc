import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/read-fixture";
import { parseHtml } from "./html";

describe("parseHtml", () => {
  const parsed = parseHtml(fixture("bay-of-bengal-page.html"));
  const all = parsed.paragraphs.map((p) => p.text).join("\n");

  it("reads metadata from meta tags", () => {
    expect(parsed).toMatchObject({
      format: "html",
      title: "Port calls and patrols: India's Bay of Bengal outreach",
      publisher: "Deltaline Review",
      url: "https://deltaline.example/analysis/bay-of-bengal-outreach",
      publishedAt: "2025-09-18",
    });
  });

  it("keeps the article's paragraphs, headings and list items in order", () => {
    expect(parsed.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(["Small partners, large stakes", "Limits of the approach"]);
    expect(parsed.paragraphs[0]?.text).toMatch(/^India's navy logged/);
    expect(parsed.paragraphs.at(-1)?.text).toMatch(/^Admiral Kavita Rao/);
    expect(all).toContain("Joint exercises rose from four in 2021 to eleven in 2024.");
  });

  it("drops navigation, share bar, byline, tags, related block and footer", () => {
    expect(all).not.toMatch(/Home|Share on|27 shares|Tarun Sethi|Tags:|cricket league|All rights reserved/);
    expect(parsed.paragraphs.map((p) => p.text)).not.toContain(parsed.title);
  });

  it("decodes entities and normalises typography", () => {
    expect(all).toContain("about \u20B9850 crore a year - yet");
    expect(all).toContain("the bay will stay");
    expect(all).not.toMatch(/&[a-z#0-9]+;|\u00A0|\u2014/);
  });

  it("falls back to line-based extraction when text sits in bare divs", () => {
    const sentence = "The harbour board approved a second container berth after a long dispute over dredging costs.";
    const page = `<html><body><div class="menu">Home</div><div>${Array.from({ length: 4 }, () => sentence).map((s, i) => `${i} ${s}`).join("<br><br>")}</div></body></html>`;
    expect(parseHtml(page).paragraphs).toHaveLength(4);
  });
});
