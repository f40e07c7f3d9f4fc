import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/read-fixture";
import { parsePlainText } from "./plain-text";

describe("parsePlainText", () => {
  const parsed = parsePlainText(fixture("blue-economy-plain.txt"));
  const nonEmpty = fixture("blue-economy-plain.txt").split("\n").filter((l) => l.trim() !== "");

  it("reads the first line as the title and finds no publisher or date in the text", () => {
    expect(parsed.title).toBe(nonEmpty[0]);
    expect(parsed).toMatchObject({ format: "plain-text", publisher: null, url: null, publishedAt: null });
  });

  it("keeps body lines as paragraphs: from the first sentence to the line before the source list", () => {
    const start = nonEmpty.findIndex((l) => l.startsWith("When Kenyan"));
    const end = nonEmpty.indexOf("Sources:");
    expect(parsed.paragraphs).toHaveLength(end - start);
    expect(parsed.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual([
      "Why the western Indian Ocean matters now",
      "Money, fish and data",
      "What comes next",
    ]);
  });

  it("drops the byline, source list, author bio and previous/next links", () => {
    const all = parsed.paragraphs.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/Meera Nandakumar|https?:|Previous|Next|island states|naval diplomacy/);
  });

  it("normalises typography in paragraphs", () => {
    const all = parsed.paragraphs.map((p) => p.text).join("\n");
    expect(all).toContain("2023-24");
    expect(all).toContain("ocean data - from fish stocks to cyclone tracks - will");
    expect(all).not.toMatch(/[\u2013\u2014\u2018\u2019]/);
  });

  it("has no title when the text opens with prose", () => {
    const body = nonEmpty.slice(nonEmpty.findIndex((l) => l.startsWith("When Kenyan")), nonEmpty.indexOf("Sources:"));
    const untitled = parsePlainText(body.join("\n"));
    expect(untitled.title).toBeNull();
    expect(untitled.paragraphs).toHaveLength(body.length);
  });

  it("fails with a clear message on text that holds no article", () => {
    expect(() => parsePlainText("Menu\nHome\nContact\n")).toThrow(/no article text/);
  });
});
