import { describe, expect, it } from "vitest";
import { suggestCards, suggestFalseStatements, suggestValue } from "./suggest";
import type { DraftFact } from "./document";

const fact = (id: string, statement: string, value?: DraftFact["value"]): DraftFact => ({ id, statement, sources: [{ article: "a", paragraph: 0 }], status: "current", ...(value ? { value } : {}) });

describe("suggestValue", () => {
  it.each([
    ["Trade reached $25.7 billion in 2024-25.", { number: 25.7, unit: "USD billion", year: 2024 }],
    ["The target is US$ 50 bn by 2030.", { number: 50, unit: "USD billion", year: 2030 }],
    ["Exports grew 12% last year.", { number: 12, unit: "percent" }],
    ["The treaty was signed in 1973.", { year: 1973 }],
    ["About 600 companies operate in India.", { number: 600, unit: "companies operate" }],
  ])("reads %s", (text, value) => {
    expect(suggestValue(text)).toEqual(value);
  });

  it("finds nothing in a sentence without figures", () => {
    expect(suggestValue("The two navies exercised together.")).toBeNull();
  });
});

describe("suggestCards", () => {
  it("makes a cloze over the value and a basic card asking for it", () => {
    const cards = suggestCards(fact("pact-year", "The lantern pact was signed in 2019.", { year: 2019 }));
    expect(cards).toEqual([
      { id: "pact-year-cloze", factIds: ["pact-year"], kind: "cloze", front: "The lantern pact was signed in {{c1::2019}}.", back: "2019" },
      { id: "pact-year-basic", factIds: ["pact-year"], kind: "basic", front: "Fill the blank: The lantern pact was signed in ____.", back: "2019" },
    ]);
    expect(suggestCards(fact("t", "Trade hit 25.7 billion dollars.", { number: 25.7, unit: "USD billion" }))[0]?.front).toBe("Trade hit {{c1::25.7 billion}} dollars.");
  });
});

describe("suggestFalseStatements", () => {
  it("swaps in another fact's value of the same sort", () => {
    const pact = fact("pact", "The pact was signed in 2019.", { year: 2019 });
    const others = [pact, fact("visit", "The visit took place in 2015.", { year: 2015 }), fact("trade", "Trade hit 25 billion.", { number: 25 })];
    expect(suggestFalseStatements(pact, others)).toEqual(["The pact was signed in 2015.", "The pact was signed in 2018.", "The pact was signed in 2020."]);
  });
});
