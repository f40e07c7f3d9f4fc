import { describe, expect, it } from "vitest";
import type { FactKind, Paragraph } from "./types";
import { candidateFacts, definedAcronyms, factKind } from "./candidate-facts";
import { KIND_PRIORITY } from "./fact-patterns";
import { fixture } from "./fixtures/read-fixture";
import { parsePlainText } from "./plain-text";
import { splitSentences } from "./sentences";

describe("factKind", () => {
  it.each<[string, FactKind]>([
    ["Trade reached $3.4 billion last year.", "money"],
    ["The bank offered Rs 1,200 crore for dredging.", "money"],
    ["Funding of \u20B9850 crore was approved.", "money"],
    ["Tariffs rose by 25 percent on steel.", "percent"],
    ["Exports grew 30% after the deal.", "percent"],
    ["The two sides want trade to double by 2030.", "target"],
    ["The ministry aims to train 400 officers.", "target"],
    ["The visit took place on 3 March 2025.", "date"],
    ["The pact was first signed in 2010.", "date"],
    ["Trade figures for 2023-24 were revised.", "date"],
    ["Both are parties to the Paris Agreement.", "agreement"],
    ["They plan to revive talks on CEPA soon.", "agreement"],
    ["It joined the Indo-Pacific Oceans Initiative.", "initiative"],
    ['Factories were built under the "Make in India" initiative.', "initiative"],
    ["Scientists at the University of Nairobi agreed.", "institution"],
    ["India's role in BRICS is growing.", "institution"],
    ["A new Joint Ocean Council will meet.", "institution"],
    ["The Lee administration wants balance.", "person"],
    ["President Amani Wekesa landed in Delhi.", "person"],
    ["The ministry will train 400 officers over three years.", "other"],
  ])("%s -> %s", (sentence, kind) => {
    expect(factKind(sentence)).toBe(kind);
  });

  it.each([
    "Both sides must show flexibility and patience.",
    "The Korean government wants balance.",
    "Beyond government-level talks, people matter.",
    "Talks in a broader group format were not discussed.",
    "COVID-19 changed supply chains.",
  ])("%s carries no fact kind", (sentence) => {
    expect(factKind(sentence)).toBeNull();
  });

  it("picks the most specific kind: money > percent > target > date > agreement > initiative > institution > person > other", () => {
    expect(KIND_PRIORITY).toEqual(["money", "percent", "target", "date", "agreement", "initiative", "institution", "person", "other"]);
    expect(factKind("Trade should hit $50 billion by 2030 under CEPA.")).toBe("money");
    expect(factKind("Electric cars should be 30% of sales by 2030.")).toBe("percent");
    expect(factKind("Under CEPA, trade should double by 2030.")).toBe("target");
    expect(factKind("The Paris Agreement was adopted in 2015.")).toBe("date");
    expect(factKind("The Paris Agreement is backed by the World Bank.")).toBe("agreement");
    expect(factKind("President Wekesa visited the World Bank.")).toBe("institution");
    expect(factKind("President Wekesa met 12 ministers.")).toBe("person");
  });
});

describe("definedAcronyms", () => {
  it("learns an acronym defined after a named thing and uses its kind", () => {
    const paragraphs: Paragraph[] = [{ text: "They signed the Blue Coast Partnership Agreement (BCPA) last year.", heading: false }];
    expect(definedAcronyms(paragraphs).get("BCPA")).toBe("agreement");
    expect(factKind("BCPA talks resumed quickly.", definedAcronyms(paragraphs))).toBe("agreement");
    expect(factKind("BCPA talks resumed quickly.")).toBeNull();
  });
});

describe("candidateFacts", () => {
  const { paragraphs } = parsePlainText(fixture("blue-economy-plain.txt"));
  const facts = candidateFacts(paragraphs);

  it("cites real sentences of the cited paragraph, never a heading (rule)", () => {
    expect(facts.length).toBeGreaterThan(5);
    for (const f of facts) {
      const p = paragraphs[f.paragraphIndex];
      expect(p?.heading).toBe(false);
      expect(splitSentences(p?.text ?? "")).toContain(f.text);
    }
  });

  it("includes every sentence that carries a digit (rule)", () => {
    const withDigits = paragraphs.flatMap((p) => (p.heading ? [] : splitSentences(p.text))).filter((s) => /\d/.test(s));
    for (const s of withDigits) expect(facts.map((f) => f.text)).toContain(s);
  });

  it("keeps sentences whole across abbreviations and amounts", () => {
    expect(facts.map((f) => f.text)).toContain("The Export-Import Bank of India has offered a credit line of Rs 1,200 crore for harbour dredging.");
    expect(facts.find((f) => f.text.startsWith("Dr. Farah"))?.kind).toBe("institution");
  });
});
