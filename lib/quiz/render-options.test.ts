import { describe, expect, it } from "vitest";
import { questionSchema, type PrelimsQuestion } from "../content/question-schema";
import { correctOptionIndex, questionPrompt, renderOptions } from "./render-options";
import { optionLetter } from "@/lib/format/words";
import { allTruths, numbersIn, howManyQ, matchPairsQ, multiStatementQ, singleQ, statementPairQ } from "./test-fixtures";

const prelims = (q: unknown) => q as PrelimsQuestion;

const trueNumbers = (truths: readonly boolean[]) => truths.flatMap((t, i) => (t ? [i + 1] : []));

/** Independent oracle for count labels. */
const COUNT_WORDS: Record<string, number> = { None: 0, "Only one": 1, "Only two": 2, "Only three": 3, "All three": 3, "All four": 4 };

describe("multi-statement options", () => {
  for (const n of [2, 3, 4]) {
    it(`derives the right option for every truth combination of ${n} statements`, () => {
      for (const truths of allTruths(n)) {
        for (const id of ["q-alpha", "q-beta", "q-gamma"]) {
          const q = prelims(multiStatementQ(truths, undefined, { id }));
          const labels = renderOptions(q);
          expect(labels).toHaveLength(4);
          expect(new Set(labels).size).toBe(4);
          const matches = labels.filter((l) => JSON.stringify(numbersIn(l)) === JSON.stringify(trueNumbers(truths)));
          expect(matches).toHaveLength(1);
          expect(labels[correctOptionIndex(q)]).toBe(matches[0]);
        }
      }
    });
  }

  it("uses the classic four options for two statements, whatever the truth", () => {
    for (const truths of allTruths(2)) {
      expect(renderOptions(prelims(multiStatementQ(truths)))).toEqual(["1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2"]);
    }
  });

  it("words options the UPSC way", () => {
    const q = prelims(multiStatementQ([true, true, false], [[1, 2], [2, 3], [3, 1], [1, 2, 3]]));
    expect(renderOptions(q)).toEqual(["1 and 2 only", "2 and 3 only", "1 and 3 only", "1, 2 and 3"]);
    expect(correctOptionIndex(q)).toBe(0);
    const four = prelims(multiStatementQ([true, true, true, true], [[1], [2, 4], [1, 2, 3], [1, 2, 3, 4]]));
    expect(renderOptions(four)).toEqual(["1 only", "2 and 4 only", "1, 2 and 3 only", "1, 2, 3 and 4"]);
    expect(correctOptionIndex(four)).toBe(3);
  });

  it("generates the same options for the same question, and does not park the answer in one slot", () => {
    const truths = [true, false, true];
    const positions = new Set<number>();
    for (let k = 0; k < 60; k++) {
      const q = prelims(multiStatementQ(truths, undefined, { id: `q-${k}` }));
      expect(renderOptions(q)).toEqual(renderOptions(prelims(multiStatementQ(truths, undefined, { id: `q-${k}` }))));
      positions.add(correctOptionIndex(q));
    }
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe("how-many and match-pairs options", () => {
  for (const n of [3, 4]) {
    it(`derives the right count for every truth combination of ${n} items`, () => {
      for (const truths of allTruths(n)) {
        const count = truths.filter(Boolean).length;
        if (n === 4 && count === 0) {
          expect(() => howManyQ(truths)).toThrow(/all four statements are incorrect/);
          continue;
        }
        for (const q of [prelims(howManyQ(truths)), prelims(matchPairsQ(truths))]) {
          const labels = renderOptions(q);
          expect(labels.filter((l) => COUNT_WORDS[l] === count)).toHaveLength(1);
          expect(COUNT_WORDS[labels[correctOptionIndex(q)] ?? ""]).toBe(count);
        }
      }
    });
  }

  it("prints the standard labels", () => {
    expect(renderOptions(prelims(howManyQ([true, false, true])))).toEqual(["Only one", "Only two", "All three", "None"]);
    expect(renderOptions(prelims(matchPairsQ([true, false, true, true])))).toEqual(["Only one", "Only two", "Only three", "All four"]);
  });
});

describe("statement-i-ii options", () => {
  it("derives (a) to (d) for every valid combination", () => {
    const cases: [boolean, boolean, boolean | undefined, number][] = [
      [true, true, true, 0],
      [true, true, false, 1],
      [true, false, undefined, 2],
      [true, false, false, 2],
      [false, true, undefined, 3],
    ];
    for (const [i, ii, explains, expected] of cases) {
      const q = prelims(statementPairQ(i, ii, explains));
      expect(correctOptionIndex(q)).toBe(expected);
      const label = renderOptions(q)[expected] ?? "";
      expect(label.startsWith(i && ii ? "Both" : `Statement-I is ${i ? "correct" : "incorrect"}`)).toBe(true);
      if (i && ii) expect(label.includes("does not explain")).toBe(!explains);
    }
  });
});

describe("single and shared helpers", () => {
  it("returns the authored index and texts", () => {
    for (const k of [0, 1, 2, 3]) expect(correctOptionIndex(prelims(singleQ(k)))).toBe(k);
    expect(renderOptions(prelims(singleQ(0)))).toEqual(["Choice 0", "Choice 1", "Choice 2", "Choice 3"]);
    expect(questionPrompt(prelims(singleQ(0)))).toBeNull();
  });

  it("prints the closing line of each statement format and letters options", () => {
    expect(questionPrompt(prelims(multiStatementQ([true, false])))).toBe("Which of the statements given above is/are correct?");
    expect(questionPrompt(prelims(matchPairsQ([true, false, true])))).toBe("How many of the pairs given above are correctly matched?");
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(["(a)", "(b)", "(c)", "(d)"]);
  });

  it("refuses a question that skipped validation and has no correct option", () => {
    const raw = { ...multiStatementQ([true, false]), options: [[2], [1, 2], [], [2]] };
    expect(questionSchema.safeParse(raw).success).toBe(false);
    expect(() => correctOptionIndex(prelims(raw))).toThrow(/has no correct option/);
  });
});
