import { describe, expect, it } from "vitest";
import type { PrelimsQuestion } from "../content/question-schema";
import { correctOptionIndex, renderOptions } from "./render-options";
import { allTruths, howManyQ, matchPairsQ, multiStatementQ, numbersIn, singleQ, statementPairQ } from "./test-fixtures";
import { wrongFacts } from "./wrong-facts";

const prelims = (q: unknown) => q as PrelimsQuestion;
const fact = (k: number) => `fact-s${k}`;

describe("wrongFacts", () => {
  it("is empty for the correct answer and the question's facts for a blank, in every format", () => {
    const questions = [
      singleQ(2),
      multiStatementQ([true, false, true]),
      howManyQ([true, false, true, false]),
      matchPairsQ([false, false, true]),
      statementPairQ(true, true, false),
    ].map(prelims);
    for (const q of questions) {
      expect(wrongFacts(q, correctOptionIndex(q))).toEqual([]);
      expect(wrongFacts(q, null)).toEqual(q.factIds);
    }
  });

  it("blames a single-answer question's facts for any wrong option", () => {
    const q = prelims(singleQ(1));
    for (const k of [0, 2, 3]) expect(wrongFacts(q, k)).toEqual(q.factIds);
  });

  it("picking '1 only' when 1 and 2 are correct implicates statement 2 alone", () => {
    const q = prelims(multiStatementQ([true, true]));
    expect(wrongFacts(q, renderOptions(q).indexOf("1 only"))).toEqual([fact(2)]);
  });

  it("for multi-statement, implicates exactly the statements the chosen option misjudges", () => {
    for (const n of [2, 3, 4]) {
      for (const truths of allTruths(n)) {
        const q = prelims(multiStatementQ(truths, undefined, { id: `multi-${n}` }));
        renderOptions(q).forEach((label, index) => {
          const claimed = new Set(numbersIn(label));
          const misjudged = truths.flatMap((t, i) => (claimed.has(i + 1) !== t ? [fact(i + 1)] : []));
          expect(wrongFacts(q, index)).toEqual(misjudged);
        });
      }
    }
  });

  it("for how-many and match-pairs, a low count implicates correct items and a high one incorrect items", () => {
    const words: Record<string, number> = { None: 0, "Only one": 1, "Only two": 2, "Only three": 3, "All three": 3, "All four": 4 };
    for (const n of [3, 4]) {
      for (const truths of allTruths(n)) {
        const count = truths.filter(Boolean).length;
        if (n === 4 && count === 0) continue;
        for (const q of [prelims(howManyQ(truths)), prelims(matchPairsQ(truths))]) {
          renderOptions(q).forEach((label, index) => {
            const claimed = words[label] ?? -1;
            const expected = claimed === count ? [] : truths.flatMap((t, i) => (t === claimed < count ? [fact(i + 1)] : []));
            expect(wrongFacts(q, index)).toEqual(expected);
          });
        }
      }
    }
  });

  it("for statement-i-ii, implicates the misjudged statement, or both for a wrong link", () => {
    const bothLinked = prelims(statementPairQ(true, true, true));
    expect(wrongFacts(bothLinked, 1)).toEqual([fact(1), fact(2)]);
    expect(wrongFacts(bothLinked, 2)).toEqual([fact(2)]);
    expect(wrongFacts(bothLinked, 3)).toEqual([fact(1)]);
    const iiWrong = prelims(statementPairQ(true, false));
    expect(wrongFacts(iiWrong, 0)).toEqual([fact(2)]);
    expect(wrongFacts(iiWrong, 1)).toEqual([fact(2)]);
    expect(wrongFacts(iiWrong, 3)).toEqual([fact(1), fact(2)]);
    const iWrong = prelims(statementPairQ(false, true));
    expect(wrongFacts(iWrong, 0)).toEqual([fact(1)]);
    expect(wrongFacts(iWrong, 2)).toEqual([fact(1), fact(2)]);
  });

  it("never blames a fact that only the question (not a statement) cites, for statement formats", () => {
    const qs = [multiStatementQ([true, false, true]), howManyQ([true, true, false]), statementPairQ(true, true, false)].map(prelims);
    for (const q of qs) for (const k of [0, 1, 2, 3]) expect(wrongFacts(q, k)).not.toContain("fact-q");
  });

  it("rejects an option index outside 0 to 3", () => {
    expect(() => wrongFacts(prelims(singleQ(0)), 4)).toThrow(/out of range/);
    expect(() => wrongFacts(prelims(singleQ(0)), 1.5)).toThrow(/out of range/);
  });
});
