import { describe, expect, it } from "vitest";
import { abs, equals, fraction, mul, scale } from "./fraction";
import { assertValidScheme, DEFAULT_MARKING_SCHEME, formatMarks, formatPenalty, formatReward, UPSC_CSAT_SCHEME, UPSC_GS1_SCHEME } from "./marking-scheme";

describe("marking schemes", () => {
  it("defaults to UPSC GS Paper I: +2, −2/3, 0", () => {
    expect(DEFAULT_MARKING_SCHEME).toBe(UPSC_GS1_SCHEME);
    expect(UPSC_GS1_SCHEME.correct).toEqual(fraction(2));
    expect(UPSC_GS1_SCHEME.wrong).toEqual(fraction(-2, 3));
    expect(UPSC_GS1_SCHEME.blank).toEqual(fraction(0));
  });

  it.each([UPSC_GS1_SCHEME, UPSC_CSAT_SCHEME])("$id deducts exactly a third of the marks for a wrong answer", (scheme) => {
    expect(equals(abs(scheme.wrong), mul(scheme.correct, fraction(1, 3)))).toBe(true);
    expect(assertValidScheme(scheme)).toBe(scheme);
  });

  it("shows the penalty as the exact fraction, so it multiplies back to the rounded totals", () => {
    expect(formatPenalty(UPSC_GS1_SCHEME)).toBe("\u2212\u2154");
    expect(formatPenalty(UPSC_CSAT_SCHEME)).toBe("\u2212\u215a");
    expect(formatReward(UPSC_GS1_SCHEME)).toBe("+2");
    expect(formatReward(UPSC_CSAT_SCHEME)).toBe("+2\u00bd");
    expect(formatMarks(scale(UPSC_GS1_SCHEME.wrong, 3))).toBe("\u22122.00");
    expect(formatMarks(UPSC_GS1_SCHEME.wrong)).toBe("\u22120.67");
    expect(formatPenalty({ ...UPSC_GS1_SCHEME, wrong: fraction(0) })).toBe("0");
  });

  it("rejects schemes that reward wrong answers or blanks", () => {
    expect(() => assertValidScheme({ ...UPSC_GS1_SCHEME, wrong: fraction(1) })).toThrow(/zero or negative/);
    expect(() => assertValidScheme({ ...UPSC_GS1_SCHEME, blank: fraction(1, 2) })).toThrow(/blank must score 0/);
    expect(() => assertValidScheme({ ...UPSC_GS1_SCHEME, correct: fraction(0) })).toThrow(/positive/);
  });
});
