import { describe, expect, it } from "vitest";
import { correctQuery, hasDevanagari, similarity, trigrams } from "./typo-correct";

const vocabulary = new Set(["semiconductors", "semiconductor", "chips", "korea", "india", "cepa", "trade", "shipbuilding", "defence"]);

describe("typo correction", () => {
  it("builds trigrams as pg_trgm does, and scores similarity from 0 to 1", () => {
    expect([...trigrams("cat")].sort()).toEqual(["  c", " ca", "at ", "cat"]);
    expect(similarity("word", "word")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("semiconducter", "semiconductor")).toBeGreaterThan(0.5);
  });

  it("corrects misspelt words to the closest content word and leaves known, short and numeric words alone", () => {
    expect(correctQuery("semiconducter", vocabulary)).toBe("semiconductor");
    expect(correctQuery("Semiconducters and chips", vocabulary)).toBe("semiconductors and chips");
    expect(correctQuery("shipbiulding 2030", vocabulary)).toBe("shipbuilding 2030");
    expect(correctQuery("korea trade", vocabulary)).toBeNull();
    expect(correctQuery("EAS", vocabulary)).toBeNull();
    expect(correctQuery("zzzzqqq", vocabulary)).toBeNull();
  });

  it("spots Devanagari", () => {
    expect(hasDevanagari("भारत कोरिया")).toBe(true);
    expect(hasDevanagari("India Korea")).toBe(false);
  });
});
