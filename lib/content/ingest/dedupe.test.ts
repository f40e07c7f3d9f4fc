import { describe, expect, it } from "vitest";
import { groupDuplicates } from "./dedupe";
import { fixture } from "./fixtures/read-fixture";
import { parseHtml } from "./html";
import { parsePlainText } from "./plain-text";
import { parseAggregatorText, parseScrapedText } from "./scraped-text";
import { containment, shingles } from "./shingles";

const body = (ps: { text: string; heading: boolean }[]) => ps.filter((p) => !p.heading).map((p) => p.text).join("\n");

describe("shingles", () => {
  it("makes 5-word windows that ignore case, punctuation and apostrophes", () => {
    expect(shingles("India's ports, busy. Very BUSY ports!")).toEqual(new Set(["indias ports busy very busy", "ports busy very busy ports"]));
  });

  it("measures containment relative to the smaller set", () => {
    const a = shingles("one two three four five six seven");
    const b = shingles("one two three four five six seven eight nine ten");
    expect(containment(a, b)).toBe(1);
    expect(containment(a, shingles("completely different words appear right here now"))).toBe(0);
  });
});

describe("groupDuplicates", () => {
  const plain = body(parsePlainText(fixture("blue-economy-plain.txt")).paragraphs);
  const scraped = body(parseScrapedText(fixture("blue-economy-scraped.txt")).paragraphs);
  const aggregated = body(parseAggregatorText(fixture("blue-economy-aggregator.txt")).paragraphs);
  const other = body(parseHtml(fixture("bay-of-bengal-page.html")).paragraphs);

  it("groups copies of one article despite different boilerplate and typography", () => {
    const groups = groupDuplicates([
      { key: "c", body: aggregated },
      { key: "x", body: other },
      { key: "a", body: plain },
      { key: "b", body: scraped },
    ]);
    expect(groups).toEqual([["a", "b", "c"], ["x"]]);
  });

  it("still groups when one copy lost a paragraph or gained leftover furniture", () => {
    const trimmed = plain.split("\n").slice(1).join("\n");
    const padded = `${plain}\nSubscribe to our newsletter for weekly shipping news and exclusive offers from partners.`;
    expect(groupDuplicates([{ key: "a", body: trimmed }, { key: "b", body: padded }])).toEqual([["a", "b"]]);
  });

  it("does not group different articles on the same subject", () => {
    const rewritten = "Kenya and India discussed ports, fisheries and ocean data during a state visit, with trade and credit lines on the agenda and a working group to report later in the year.";
    expect(groupDuplicates([{ key: "a", body: plain }, { key: "b", body: rewritten }])).toEqual([["a"], ["b"]]);
  });

  it("gives the same groups whatever the input order (rule)", () => {
    const items = [
      { key: "a", body: plain },
      { key: "b", body: scraped },
      { key: "x", body: other },
    ];
    const expected = groupDuplicates(items);
    expect(groupDuplicates([...items].reverse())).toEqual(expected);
    expect(groupDuplicates([items[2]!, items[0]!, items[1]!])).toEqual(expected);
  });
});
