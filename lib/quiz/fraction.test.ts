import { describe, expect, it } from "vitest";
import { add, compare, equals, formatExact, formatFraction, fraction, mul, neg, scale, sub, sum, toNumber } from "./fraction";
import { createRandom } from "./seeded-random";

describe("fraction", () => {
  it("reduces and keeps the sign on the numerator", () => {
    expect(fraction(4, -6)).toEqual({ n: -2, d: 3 });
    expect(fraction(0, -5)).toEqual({ n: 0, d: 1 });
    expect(() => fraction(1, 0)).toThrow(/denominator/);
    expect(() => fraction(0.5)).toThrow(/safe integers/);
  });

  it("sums a hundred thirds exactly, where floats drift", () => {
    const third = fraction(-2, 3);
    const total = sum(Array.from({ length: 99 }, () => third));
    expect(total).toEqual(fraction(-66));
    expect(equals(scale(third, 99), total)).toBe(true);
  });

  it("obeys field rules on random values", () => {
    const random = createRandom("fraction-rules");
    const pick = () => fraction(Math.floor(random() * 41) - 20, Math.floor(random() * 12) + 1);
    for (let k = 0; k < 300; k++) {
      const [a, b, c] = [pick(), pick(), pick()];
      expect(add(a, b)).toEqual(add(b, a));
      expect(add(add(a, b), c)).toEqual(add(a, add(b, c)));
      expect(sub(add(a, b), b)).toEqual(a);
      expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
      expect(compare(a, b)).toBe(Math.sign(toNumber(a) - toNumber(b)));
      expect(add(a, neg(a))).toEqual(fraction(0));
    }
  });

  it("formats two decimals, truncating or rounding, with a real minus sign", () => {
    expect(formatFraction(fraction(-2, 3), "truncate")).toBe("\u22120.66");
    expect(formatFraction(fraction(-2, 3), "round")).toBe("\u22120.67");
    expect(formatFraction(fraction(280, 3), "round")).toBe("93.33");
    expect(formatFraction(fraction(296, 3), "round")).toBe("98.67");
    expect(formatFraction(fraction(1, 8), "round")).toBe("0.13");
    expect(formatFraction(fraction(-1, 8), "round")).toBe("\u22120.13");
    expect(formatFraction(fraction(200), "round")).toBe("200.00");
    // A value that truncates to zero is shown without a sign.
    expect(formatFraction(fraction(-1, 1000), "truncate")).toBe("0.00");
  });

  it("formats exact values with vulgar fractions, or n/d when there is no glyph", () => {
    expect(formatExact(fraction(-2, 3))).toBe("\u2212\u2154");
    expect(formatExact(fraction(5, 2))).toBe("2\u00bd");
    expect(formatExact(fraction(2))).toBe("2");
    expect(formatExact(fraction(0))).toBe("0");
    expect(formatExact(fraction(-7, 9))).toBe("\u22127/9");
    expect(formatExact(fraction(16, 9))).toBe("1 7/9");
  });
});
