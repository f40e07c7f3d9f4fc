import { describe, expect, it } from "vitest";
import { factTerms, namesIn, suggestAlternatives, suggestCards, suggestFalseStatements, suggestValue } from "./suggest";
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

  it("swaps a place or body for another fact's when the fact has no value", () => {
    const forum = fact("forum", "The lantern forum meets in Seoul.");
    const others = [forum, fact("office", "The trade office opened in Busan in 2012.", { year: 2012 }), fact("pact", "ASEAN backed the pact.")];
    expect(suggestFalseStatements(forum, others)).toEqual(["The lantern forum meets in Busan."]);
  });

  it("never offers the true statement back", () => {
    const pact = fact("pact", "The pact was signed in 2019.", { year: 2019 });
    expect(suggestFalseStatements(pact, [pact, fact("again", "Renewed in 2019.", { year: 2019 })])).not.toContain(pact.statement);
  });
});

describe("names and terms", () => {
  it("reads places, bodies and people, without a sentence's leading article", () => {
    expect(namesIn("The Ministry of External Affairs and ASEAN met Moon Jae-in in New Delhi.")).toEqual(["Ministry of External Affairs", "ASEAN", "Moon Jae-in", "New Delhi"]);
    expect(namesIn("It was signed in 2019.")).toEqual([]);
  });

  it("lists a fact's value first, then its names", () => {
    expect(factTerms(fact("f", "Korea and India signed CEPA in 2009.", { year: 2009 }))).toEqual(["2009", "Korea", "India", "CEPA"]);
  });
});

describe("suggestAlternatives", () => {
  const facts = [
    fact("cepa", "Korea and India signed CEPA in 2009.", { year: 2009 }),
    fact("trade", "Trade reached 25.7 billion dollars in 2024.", { number: 25.7, unit: "USD billion", year: 2024 }),
    fact("ipef", "IPEF was launched in Tokyo.", { }),
    fact("fdi", "Korean investment in India was 6 billion dollars.", { number: 6, unit: "USD billion" }),
  ];

  it("offers other facts' values of the same sort", () => {
    expect(suggestAlternatives("2015", facts)).toEqual(["2009", "2014", "2016"]);
    expect(suggestAlternatives("40 billion", facts)).toEqual(["25.7 billion", "6 billion"]);
  });

  it("offers another body for a body and another place or name for a name", () => {
    expect(suggestAlternatives("ASEAN", facts)).toEqual(["CEPA", "IPEF"]);
    // A capitalised first word ("Trade") reads as a name too: suggestions are offered, never applied.
    expect(suggestAlternatives("Seoul", facts)).toEqual(["Korea", "India", "Trade", "Tokyo", "Korean"]);
  });

  it("offers nothing for an empty answer, and never the answer itself", () => {
    expect(suggestAlternatives(" ", facts)).toEqual([]);
    expect(suggestAlternatives("Tokyo", facts)).not.toContain("Tokyo");
  });
});
