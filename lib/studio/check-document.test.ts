import { describe, expect, it } from "vitest";
import { checkDocument } from "./check-document";
import type { StudioDocument } from "./document";

const SUMMARY = Array.from({ length: 160 }, (_, i) => `word${i}`).join(" ");
const ctx = { topicId: "lantern-ties", order: 50, articles: [{ id: "op-ed", paragraphCount: 9 }] };

function doc(overrides: Partial<StudioDocument> = {}): StudioDocument {
  return {
    topic: { title: "Lantern ties", summary: SUMMARY, whyItMatters: "Examiners ask about it.", syllabusTags: ["GS2: bilateral relations"], asOf: "2026-01-01" },
    facts: [{ id: "lantern-year", statement: "The lantern pact was signed in 2019.", value: { year: 2019 }, sources: [{ article: "op-ed", paragraph: 3 }], status: "current" }],
    flashcards: [{ id: "lantern-year-cloze", factIds: ["lantern-year"], kind: "cloze", front: "The lantern pact was signed in {{c1::2019}}.", back: "2019" }],
    questions: [],
    ...overrides,
  };
}

describe("checkDocument", () => {
  it("passes a complete topic", () => {
    expect(checkDocument(doc(), ctx)).toEqual([]);
  });

  it("puts each content:check rule next to its field", () => {
    const bad = doc({
      facts: [
        { id: "lantern-year", statement: "The lantern pact was signed in 2019.", sources: [{ article: "op-ed", paragraph: 9 }], status: "current" },
        { id: "unused-fact", statement: "Something unused.", sources: [{ article: "op-ed", paragraph: 1 }], status: "current" },
      ],
    });
    expect(checkDocument(bad, ctx)).toEqual([
      { path: "facts.0.sources.0.paragraph", message: 'fact "lantern-year" cites paragraph 9 of "op-ed", which has paragraphs 0-8' },
      { path: "facts.1.id", message: 'orphan fact "unused-fact": no flashcard or question uses it' },
    ]);
  });

  it("rejects a fact with no source and a cloze without a deletion, at their fields", () => {
    const bad = doc({
      facts: [{ id: "lantern-year", statement: "Signed in 2019.", sources: [], status: "current" }],
      flashcards: [{ id: "c", factIds: ["lantern-year"], kind: "cloze", front: "Signed in 2019.", back: "2019" }],
    });
    expect(checkDocument(bad, ctx)).toEqual([
      { path: "facts.0.sources", message: "a fact must cite at least one source paragraph or reference" },
      { path: "flashcards.0.front", message: "a cloze front needs exactly one {{c1::answer}} deletion and no other braces" },
    ]);
  });

  it("checks questions with the question bank's schema, including the derived key", () => {
    const statement = (correct: boolean) => ({ text: correct ? "True." : "False.", correct, factIds: ["lantern-year"], explanation: "Because." });
    const q = { id: "lantern-q", kind: "multi-statement", factIds: ["lantern-year"], syllabusTag: "GS2: bilateral relations", difficulty: "easy", stem: "Which are correct?", statements: [statement(true), statement(false)] };
    expect(checkDocument(doc({ questions: [q] }), ctx)).toEqual([]);
    expect(checkDocument(doc({ questions: [{ ...q, statements: [statement(true)] }] }), ctx)).toEqual([
      { path: "questions.0.statements", message: "a multi-statement question has 2 to 4 statements" },
    ]);
    expect(checkDocument(doc({ questions: [{ ...q, factIds: ["nope"], statements: [] }] }), ctx).map((i) => i.path)).toContain("questions.0.statements");
  });

  it("reports a short summary and a missing title where they are written", () => {
    const issues = checkDocument(doc({ topic: { ...doc().topic, title: " ", summary: "Too short." } }), ctx);
    expect(issues.map((i) => i.path)).toEqual(["topic.title", "topic.summary"]);
  });
});
