import { describe, expect, it } from "vitest";
import {
  sourceArticleSchema,
  sourcesFileSchema,
  referenceSchema,
  factSchema,
  flashcardSchema,
  lineAt,
  parseCloze,
  SUMMARY_WORDS,
  topicSchema,
} from "./schema";

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

const topic = (summary: string) => ({
  id: "some-topic",
  title: "A topic",
  summary,
  whyItMatters: "Because.",
  syllabusTags: ["GS2: bilateral relations"],
  asOf: "2030-01-01",
  order: 1,
});

const fact = (extra: Record<string, unknown>) => ({
  id: "a-fact",
  statement: "Something true.",
  sources: [{ article: "an-article", paragraph: 0 }],
  status: "current",
  ...extra,
});

const card = (extra: Record<string, unknown>) => ({ id: "a-card", factIds: ["a-fact"], ...extra });

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join(" | ") ?? "";

describe("topic summary length", () => {
  it.each([
    [SUMMARY_WORDS.min - 1, false],
    [SUMMARY_WORDS.min, true],
    [SUMMARY_WORDS.max, true],
    [SUMMARY_WORDS.max + 1, false],
  ])("a %i-word summary is accepted: %s", (n, ok) => {
    const result = topicSchema.safeParse(topic(words(n)));
    expect(result.success).toBe(ok);
    if (!ok) expect(messages(result)).toContain(`(has ${n})`);
  });

  it("rejects a syllabus tag outside the fixed list", () => {
    const result = topicSchema.safeParse({ ...topic(words(160)), syllabusTags: ["GS3: economy"] });
    expect(messages(result)).toContain("syllabus tag must be one of");
  });
});

describe("fact status", () => {
  it("requires supersededBy exactly when the fact is superseded", () => {
    for (const status of ["current", "superseded"] as const) {
      for (const supersededBy of [undefined, "newer-fact"]) {
        const ok = (status === "superseded") === (supersededBy !== undefined);
        expect(factSchema.safeParse(fact({ status, supersededBy })).success).toBe(ok);
      }
    }
  });

  it("needs at least one citation with a whole, non-negative paragraph", () => {
    expect(messages(factSchema.safeParse(fact({ sources: [] })))).toContain("at least one source paragraph or reference");
    expect(factSchema.safeParse(fact({ sources: [{ article: "a", paragraph: -1 }] })).success).toBe(false);
    expect(factSchema.safeParse(fact({ sources: [{ article: "a", paragraph: 1.5 }] })).success).toBe(false);
  });

  it("accepts a value only with a number or a year, and a unit only with a number", () => {
    expect(factSchema.safeParse(fact({ value: { number: 50, unit: "USD billion", year: 2030 } })).success).toBe(true);
    expect(factSchema.safeParse(fact({ value: { year: 2010 } })).success).toBe(true);
    expect(messages(factSchema.safeParse(fact({ value: {} })))).toContain("needs a number or a year");
    expect(messages(factSchema.safeParse(fact({ value: { unit: "USD", year: 2010 } })))).toContain("without value.number");
  });

  it("rejects ids that are not kebab-case", () => {
    for (const id of ["Upper", "two--hyphens", "-lead", "trail-", "under_score", ""]) {
      expect(factSchema.safeParse(fact({ id })).success, id).toBe(false);
    }
  });
});

describe("source articles", () => {
  const article = (id: string) => ({ id, label: "Our name", paragraphCount: 3, sources: [{ publisher: "unknown", url: "unknown", publishedAt: "unknown" }] });
  it("accepts ids of up to 8 words and rejects longer title slugs", () => {
    expect(sourceArticleSchema.safeParse(article("one-two-three-four-five-six-seven-eight")).success).toBe(true);
    expect(messages(sourceArticleSchema.safeParse(article("one-two-three-four-five-six-seven-eight-nine")))).toContain("at most 8 words");
  });
  it("takes a real date or \"unknown\" as publishedAt", () => {
    const withDate = (publishedAt: string) => ({ ...article("a"), sources: [{ publisher: "P", url: "unknown", publishedAt }] });
    expect(sourceArticleSchema.safeParse(withDate("2025-07-14")).success).toBe(true);
    for (const bad of ["2025-13-01", "2025-02-30", "14-07-2025", "July 2025", ""]) expect(sourceArticleSchema.safeParse(withDate(bad)).success, bad).toBe(false);
  });
});

describe("reference sources", () => {
  const reference = (extra: Record<string, unknown>) => ({
    id: "mea-joint-statement",
    kind: "reference",
    publisher: "Ministry of External Affairs",
    title: "Our description of the statement",
    url: "https://www.mea.gov.in/bilateral-documents.htm",
    date: "2018-07-10",
    ...extra,
  });
  it("accepts a complete reference and defaults the list to empty", () => {
    expect(referenceSchema.safeParse(reference({})).success).toBe(true);
    const articles = [{ id: "a", label: "A", paragraphCount: 1, sources: [{ publisher: "P", url: "unknown", publishedAt: "unknown" }] }];
    expect(sourcesFileSchema.parse({ articles }).references).toEqual([]);
  });
  it("needs kind: reference, an https URL and a real date", () => {
    expect(messages(referenceSchema.safeParse(reference({ kind: "article" })))).toContain('kind must be "reference"');
    for (const url of ["http://www.mea.gov.in/", "javascript:alert(1)", "unknown", "www.mea.gov.in"]) {
      expect(messages(referenceSchema.safeParse(reference({ url }))), url).toContain("https:// URL");
    }
    expect(referenceSchema.safeParse(reference({ date: "2018-07-32" })).success).toBe(false);
    expect(messages(referenceSchema.safeParse(reference({ publisher: undefined })))).toContain("publisher is required");
  });
  it("makes article publication URLs https or unknown", () => {
    const withUrl = (url: string) => ({ id: "a", label: "A", paragraphCount: 1, sources: [{ publisher: "P", url, publishedAt: "unknown" }] });
    expect(sourceArticleSchema.safeParse(withUrl("unknown")).success).toBe(true);
    expect(sourceArticleSchema.safeParse(withUrl("https://example.org/x")).success).toBe(true);
    expect(messages(sourceArticleSchema.safeParse(withUrl("http://example.org/x")))).toContain("https:// URL");
  });
});

describe("fact citations and asOf", () => {
  it("takes an article paragraph or a reference with an optional section", () => {
    const sources = [{ article: "an-article", paragraph: 2 }, { reference: "a-record" }, { reference: "a-record", section: "para 4" }];
    expect(factSchema.parse(fact({ sources })).sources).toEqual(sources);
  });
  it("reports a typo inside one citation form at its own key", () => {
    const result = factSchema.safeParse(fact({ sources: [{ reference: "a-record", sectoin: "x" }] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["sources", 0, "sectoin"]);
    expect(factSchema.safeParse(fact({ sources: [{ reference: "Not Kebab" }] })).success).toBe(false);
    expect(factSchema.safeParse(fact({ sources: [{ article: "a", reference: "b", paragraph: 0 }] })).success).toBe(false);
  });
  it("takes asOf only as a real date", () => {
    expect(factSchema.safeParse(fact({ asOf: "2025-07-14" })).success).toBe(true);
    for (const asOf of ["July 2025", "2025-02-30", ""]) expect(factSchema.safeParse(fact({ asOf })).success, asOf).toBe(false);
  });
});

describe("parseCloze", () => {
  it("splits a front so that before + answer + after rebuilds the visible sentence", () => {
    const samples = [
      ["The target is {{c1::USD 50 billion}} by 2030.", "USD 50 billion"],
      ["{{c1::Seoul}} hosted it.", "Seoul"],
      ["It ended in {{c1::2010}}", "2010"],
    ] as const;
    for (const [front, answer] of samples) {
      const parts = parseCloze(front);
      expect(parts?.answer).toBe(answer);
      expect(`${parts?.before}{{c1::${parts?.answer}}}${parts?.after}`).toBe(front);
    }
  });

  it.each(["No deletion here.", "{{c1::a}} and {{c1::b}}", "{{c2::a}}", "{c1::a}} stray", "{{c1::}} empty", "{{c1::  }} blank", "{{c1::a}} }"])(
    "rejects %s",
    (front) => expect(parseCloze(front)).toBeNull(),
  );
});

describe("flashcards", () => {
  it("keeps braces out of basic cards", () => {
    const result = flashcardSchema.safeParse(card({ kind: "basic", front: "Name {{c1::it}}", back: "it" }));
    expect(messages(result)).toContain("use kind: cloze");
  });

  it("requires a cloze back to repeat the deleted answer", () => {
    const front = "CEPA took effect on {{c1::1 January 2010}}.";
    expect(flashcardSchema.safeParse(card({ kind: "cloze", front, back: "1 January 2010 (signed 2009)" })).success).toBe(true);
    expect(messages(flashcardSchema.safeParse(card({ kind: "cloze", front, back: "New Year's Day" })))).toContain(
      'repeat the deleted answer "1 January 2010"',
    );
  });

  it("rejects a cloze front without exactly one deletion", () => {
    const result = flashcardSchema.safeParse(card({ kind: "cloze", front: "No gap", back: "x" }));
    expect(messages(result)).toContain("exactly one {{c1::answer}}");
  });
});

describe("lineAt", () => {
  const lines = { "": 1, facts: 4, "facts.0": 5, "facts.0.id": 5, "facts.0.sources": 7 };
  it("returns the line of the deepest path that exists", () => {
    expect(lineAt(lines, ["facts", 0, "sources"])).toBe(7);
    expect(lineAt(lines, ["facts", 0, "sources", 3, "paragraph"])).toBe(7);
    expect(lineAt(lines, ["facts", 0, "status"])).toBe(5);
    expect(lineAt(lines, ["topic", "id"])).toBe(1);
  });
});
