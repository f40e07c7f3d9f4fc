import { describe, expect, it } from "vitest";
import { highlightCandidates } from "./highlight";

describe("highlightCandidates", () => {
  it("marks candidate sentences and keeps the rest, in order", () => {
    expect(highlightCandidates("Intro. Trade hit $25 billion in 2024. Outro.", ["Trade hit $25 billion in 2024."])).toEqual([
      { text: "Intro. ", candidate: false },
      { text: "Trade hit $25 billion in 2024.", candidate: true },
      { text: " Outro.", candidate: false },
    ]);
  });

  it("ignores candidates that are not in the paragraph or overlap an earlier one", () => {
    expect(highlightCandidates("A B C", ["A B", "B C", "Z"])).toEqual([
      { text: "A B", candidate: true },
      { text: " C", candidate: false },
    ]);
  });
});
