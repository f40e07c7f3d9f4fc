import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("splits on sentence punctuation followed by a capital, digit or currency", () => {
    expect(splitSentences("Ports grew. Trade fell! Why? 2025 was odd. $5 went far.")).toEqual([
      "Ports grew.",
      "Trade fell!",
      "Why?",
      "2025 was odd.",
      "$5 went far.",
    ]);
  });

  it("keeps decimals and amounts inside one sentence", () => {
    expect(splitSentences("Trade rose from $14.2 billion to $26.89 billion. It kept rising.")).toEqual([
      "Trade rose from $14.2 billion to $26.89 billion.",
      "It kept rising.",
    ]);
  });

  it("does not split after titles, initials or dotted abbreviations before a name", () => {
    expect(splitSentences("Dr. Asha Rao met Mr. J. K. Menon at the U.S. Embassy in Delhi.")).toHaveLength(1);
    expect(splitSentences("Exports to the U.K. Market fell, e.g. Tea and spices.")).toHaveLength(1);
    expect(splitSentences("See No. 5 and Jan. 12 in the annex.")).toHaveLength(1);
  });

  it("splits after a dotted abbreviation when a common sentence opener follows", () => {
    expect(splitSentences("The deal was signed in the U.S. The talks resume in May.")).toEqual([
      "The deal was signed in the U.S.",
      "The talks resume in May.",
    ]);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(splitSentences('She called it "a new chapter." Others disagreed.')).toEqual(['She called it "a new chapter."', "Others disagreed."]);
  });

  it("loses no text (rule): joining the sentences gives back the words", () => {
    const samples = [
      "A. B. Cee was here. Then U.S. ships left! Was it 3.5 km? Yes... Probably.",
      "No split here e.g. at all",
      "Rs. 500 crore was spent. It was enough.",
    ];
    for (const s of samples) expect(splitSentences(s).join(" ").replace(/\s+/g, " ")).toBe(s.replace(/\s+/g, " "));
  });
});
