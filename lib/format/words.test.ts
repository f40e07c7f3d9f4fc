import { describe, expect, it } from "vitest";
import { countWords, optionLetter, plural } from "./words";

describe("words", () => {
  it("plurals, words and option letters", () => {
    expect(plural(1, "review")).toBe("1 review");
    expect(plural(1200, "review")).toBe("1,200 reviews");
    expect(plural(2, "analysis", "analyses")).toBe("2 analyses");
    expect(countWords("  one two\n\tthree  ")).toBe(3);
    expect(countWords("")).toBe(0);
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(["(a)", "(b)", "(c)", "(d)"]);
  });
});

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

describe("countWords", () => {
  it("counts n generated words as n, whatever the spacing", () => {
    for (const n of [0, 1, 7, 150, 301]) {
      expect(countWords(words(n))).toBe(n);
      expect(countWords(`  ${words(n).replaceAll(" ", " \n\t ")}  `)).toBe(n);
    }
  });
});
