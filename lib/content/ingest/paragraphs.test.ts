import { describe, expect, it } from "vitest";
import { linesToParagraphs } from "./paragraphs";

describe("linesToParagraphs", () => {
  it("makes each non-empty line a paragraph and marks short unpunctuated lines as headings", () => {
    const out = linesToParagraphs([
      "The first paragraph is a full sentence about port fees and ferry routes in the bay.",
      "What changed",
      "Another paragraph follows directly on the next line, without a blank line in between.",
      "",
      "It ends here.",
    ]);
    expect(out).toEqual([
      { text: "The first paragraph is a full sentence about port fees and ferry routes in the bay.", heading: false },
      { text: "What changed", heading: true },
      { text: "Another paragraph follows directly on the next line, without a blank line in between.", heading: false },
      { text: "It ends here.", heading: false },
    ]);
  });

  it("joins a hard-wrapped block back into paragraphs", () => {
    const out = linesToParagraphs([
      "Background",
      "The commission met in March to revise the",
      "water-sharing quotas for the dry season and",
      "agreed to publish river flow data weekly.",
      "",
      "Officials welcomed it.",
    ]);
    expect(out.map((p) => p.text)).toEqual([
      "Background",
      "The commission met in March to revise the water-sharing quotas for the dry season and agreed to publish river flow data weekly.",
      "Officials welcomed it.",
    ]);
    expect(out[0]?.heading).toBe(true);
  });

  it("never loses or invents words (rule)", () => {
    const lines = ["Alpha beta gamma delta", "epsilon zeta.", "", "Eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau."];
    const words = (xs: string[]) => xs.join(" ").split(/\s+/).filter(Boolean);
    expect(words(linesToParagraphs(lines).map((p) => p.text))).toEqual(words(lines));
  });

  it("says a line of twelve or more words is not a heading even without punctuation", () => {
    const [p] = linesToParagraphs(["one two three four five six seven eight nine ten eleven twelve"]);
    expect(p?.heading).toBe(false);
  });
});
