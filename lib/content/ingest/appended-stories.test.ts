import { describe, expect, it } from "vitest";
import type { Paragraph } from "./types";
import { appendedStoryStart, cutAppendedStories } from "./appended-stories";
import { fixture } from "./fixtures/read-fixture";
import { parsePlainText } from "./plain-text";

const text = (t: string): Paragraph => ({ text: t, heading: false });

const article = parsePlainText(fixture("blue-economy-plain.txt"));
const title = article.title;

const OFF_TOPIC = [
  text(
    "Grain farmers across the Argentine pampas kept soybeans in silo bags this autumn, waiting for a weaker peso, while exporters in Rosario and Bahia Blanca reported fewer cargoes to Shanghai and Rotterdam than at any time since the drought.",
  ),
  text(
    "Agriculture secretary Julian Ferreyra told reporters in Buenos Aires that the government would not force sales, and brokers in Cordoba expect the standoff to last until the June harvest estimate from the Rosario exchange.",
  ),
];

describe("appendedStoryStart", () => {
  it("keeps a coherent article whole, headings and short closing line included", () => {
    expect(appendedStoryStart(article.paragraphs, title)).toBe(article.paragraphs.length);
  });

  it("cuts an unrelated story appended without any marker", () => {
    const joined = [...article.paragraphs, { text: "Farmers hold back harvest", heading: true }, ...OFF_TOPIC];
    expect(cutAppendedStories(joined, title)).toEqual(article.paragraphs);
  });

  it("cuts the appended story even when it is longer than the article", () => {
    const long = Array.from({ length: 6 }, () => OFF_TOPIC).flat();
    const joined = [...article.paragraphs, ...long];
    expect(appendedStoryStart(joined, title)).toBe(article.paragraphs.length);
  });

  it("never cuts into the opening (rule: the first three text paragraphs always survive)", () => {
    for (let n = 1; n <= article.paragraphs.length; n++) {
      const joined = [...article.paragraphs.slice(0, n), ...OFF_TOPIC];
      const kept = cutAppendedStories(joined, title);
      const texts = kept.filter((p) => !p.heading).length;
      expect(texts).toBeGreaterThanOrEqual(Math.min(3, article.paragraphs.slice(0, n).filter((p) => !p.heading).length));
    }
  });

  it("leaves a short tail alone: too little text to judge", () => {
    const joined = [...article.paragraphs, text("Weather: sunny in Rosario.")];
    expect(appendedStoryStart(joined, title)).toBe(joined.length);
  });
});
