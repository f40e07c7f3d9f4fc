import { describe, expect, it } from "vitest";
import { compare, fraction } from "./fraction";
import { breakEvenAccuracy, expectedValue, guessingAdvice } from "./guessing-advice";
import { UPSC_CSAT_SCHEME, UPSC_GS1_SCHEME } from "./marking-scheme";

describe("guessing expected value", () => {
  it.each([UPSC_GS1_SCHEME, UPSC_CSAT_SCHEME])("$id breaks even at exactly 25%, where a blind 4-way guess sits", (scheme) => {
    expect(breakEvenAccuracy(scheme)).toEqual(fraction(1, 4));
    expect(expectedValue(scheme, fraction(1, 4))).toEqual(fraction(0));
    expect(guessingAdvice({ correct: 0, total: 0 }, scheme).blindGuessValue).toEqual(fraction(0));
  });

  it("matches p·correct + (1−p)·wrong and rises with accuracy", () => {
    expect(expectedValue(UPSC_GS1_SCHEME, fraction(1))).toEqual(fraction(2));
    expect(expectedValue(UPSC_GS1_SCHEME, fraction(0))).toEqual(fraction(-2, 3));
    expect(expectedValue(UPSC_GS1_SCHEME, fraction(1, 3))).toEqual(fraction(2, 9));
    for (let c = 0; c < 20; c++) {
      expect(compare(expectedValue(UPSC_GS1_SCHEME, fraction(c + 1, 20)), expectedValue(UPSC_GS1_SCHEME, fraction(c, 20)))).toBe(1);
    }
  });

  it("gives a verdict whose sign agrees with the expected value, for every record up to 40 questions", () => {
    for (let total = 1; total <= 40; total++) {
      for (let correct = 0; correct <= total; correct++) {
        const a = guessingAdvice({ correct, total });
        const sign = Math.sign(a.expectedValue?.n ?? Number.NaN);
        expect(a.verdict).toBe(sign > 0 ? "guess" : sign < 0 ? "skip" : "break-even");
        expect(a.advice).toContain(`${correct} of ${total}`);
      }
    }
  });
});

describe("guessing advice text", () => {
  it("quotes the student's own numbers", () => {
    const a = guessingAdvice({ correct: 9, total: 20 });
    expect(a.verdict).toBe("guess");
    expect(a.advice).toContain("right 9 of 20 times (45%)");
    expect(a.advice).toContain("more than 25%");
    expect(a.advice).toContain("+0.53 marks");
    expect(a.advice).not.toContain("rough guide");
  });

  it("advises leaving blanks below break-even, with a caveat for few data", () => {
    const a = guessingAdvice({ correct: 1, total: 6 });
    expect(a.verdict).toBe("skip");
    expect(a.advice).toContain("costs 0.22 marks");
    expect(a.advice).toContain("only 6 questions");
  });

  it("handles having no data", () => {
    const a = guessingAdvice({ correct: 0, total: 0 });
    expect(a.verdict).toBe("no-data");
    expect(a.accuracy).toBeNull();
    expect(a.expectedValue).toBeNull();
    expect(a.advice).toMatch(/not marked any questions for review/);
    expect(a.advice).toContain("0.00 marks");
  });

  it("rejects impossible records", () => {
    expect(() => guessingAdvice({ correct: 3, total: 2 })).toThrow(/cannot exceed total/);
    expect(() => guessingAdvice({ correct: -1, total: 2 })).toThrow(/negative/);
    expect(() => guessingAdvice({ correct: 0, total: 0 }, UPSC_GS1_SCHEME, 1)).toThrow(/optionCount/);
  });
});
