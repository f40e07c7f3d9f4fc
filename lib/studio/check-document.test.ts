import { describe, expect, it } from "vitest";
import { checkDocument } from "./check-document";
import type { StudioDocument } from "./document";
import { newQuestionDraft } from "./question-drafts";

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

  describe("the formats beyond statements", () => {
    const facts: StudioDocument["facts"] = [
      { id: "lantern-year", statement: "The lantern pact was signed in 2019.", value: { year: 2019 }, sources: [{ article: "op-ed", paragraph: 3 }], status: "current" },
      { id: "lantern-city", statement: "The lantern forum meets in Seoul.", sources: [{ article: "op-ed", paragraph: 4 }], status: "current" },
      { id: "lantern-trade", statement: "Lantern trade reached 25 billion dollars.", value: { number: 25, unit: "USD billion" }, sources: [{ article: "op-ed", paragraph: 5 }], status: "current" },
    ];
    const tag = "GS2: bilateral relations";
    const option = (text: string) => ({ text, explanation: `Not ${text}.` });
    const single = { ...newQuestionDraft("single", "lantern-single", facts, tag), stem: "The lantern pact was signed in", distractors: [option("2015"), option("2021"), option("2017")] };
    const pairs = {
      ...newQuestionDraft("match-pairs", "lantern-pairs", facts, tag),
      pairs: [
        { left: "Lantern pact", right: "2019", correct: true, factIds: ["lantern-year"], explanation: "Signed in 2019." },
        { left: "Lantern forum", right: "Busan", correct: false, factIds: ["lantern-city"], explanation: "It meets in Seoul." },
        { left: "Lantern trade", right: "25 billion dollars", correct: true, factIds: ["lantern-trade"], explanation: "As recorded." },
      ],
    };
    const assertion = { ...newQuestionDraft("statement-i-ii", "lantern-assertion", facts, tag), explanation: "Both are true; the forum does not explain the pact." };
    const mains = {
      ...newQuestionDraft("mains", "lantern-mains", facts, tag),
      text: "Lantern ties have grown since 2019. Discuss.",
      framework: { introduction: "The pact of 2019.", keyPoints: ["The forum in Seoul.", "Trade of 25 billion dollars."], wayForward: "Deeper trade." },
      rubric: ["Did I name the year of the pact?"],
    };
    const withQuestions = (questions: Record<string, unknown>[]) => doc({ facts, flashcards: [], questions });

    it("passes one complete question of each new format", () => {
      expect(checkDocument(withQuestions([single, pairs, assertion, mains]), ctx)).toEqual([]);
    });

    it("reports a single-answer problem at the answer or distractor the editor wrote", () => {
      const blank = { ...single, distractors: [option("2015"), { text: " ", explanation: "Empty." }, option("2017")] };
      expect(checkDocument(withQuestions([blank, pairs, assertion, mains]), ctx)).toEqual([{ path: "questions.0.distractors.1.text", message: "option text must not be empty" }]);
      const twice = { ...single, distractors: [option("2015"), option("2019"), option("2017")] };
      expect(checkDocument(withQuestions([twice, pairs, assertion, mains]), ctx)).toEqual([{ path: "questions.0.distractors", message: "two options have the same text" }]);
      const short = { ...single, distractors: [option("2015")] };
      expect(checkDocument(withQuestions([short, pairs, assertion, mains]), ctx)).toEqual([{ path: "questions.0.distractors", message: "a single-answer question has exactly 4 options" }]);
    });

    it("reports a pair citing an unknown fact at that pair", () => {
      const unknown = { ...pairs, pairs: pairs.pairs.map((p, i) => (i === 1 ? { ...p, factIds: ["no-such-fact"] } : p)) };
      const issues = checkDocument(withQuestions([single, unknown, assertion, mains]), ctx);
      expect(issues).toContainEqual({ path: "questions.1.pairs.1.factIds", message: 'question "lantern-pairs" points to unknown fact "no-such-fact"' });
      expect(issues.every((i) => i.path.startsWith("questions.1.") || i.path.startsWith("facts."))).toBe(true);
    });

    it("holds a Statement-I/II question to the rules its derived key needs", () => {
      const bothFalse = { ...assertion, statementI: { ...assertion.statementI, correct: false }, statementII: { ...assertion.statementII, correct: false } };
      expect(checkDocument(withQuestions([single, pairs, bothFalse, mains]), ctx)).toEqual([
        { path: "questions.2", message: "both statements are incorrect, but none of the four standard options says so; make one of them correct" },
      ]);
      const explainsFalse = { ...assertion, statementII: { ...assertion.statementII, correct: false }, statementIIExplainsI: true };
      expect(checkDocument(withQuestions([single, pairs, explainsFalse, mains]), ctx)).toEqual([
        { path: "questions.2.statementIIExplainsI", message: "statementIIExplainsI can only be true when both statements are correct" },
      ]);
    });

    it("asks a mains question for two key points, a rubric and the marks of the paper", () => {
      const thin = { ...mains, marks: 12, framework: { ...mains.framework, keyPoints: ["Only one."] }, rubric: [] };
      expect(checkDocument(withQuestions([single, pairs, assertion, thin]), ctx)).toEqual([
        { path: "questions.3.marks", message: "marks must be 10 or 15" },
        { path: "questions.3.framework.keyPoints", message: "framework keyPoints must list at least 2 points" },
        { path: "questions.3.rubric", message: "rubric must list at least one self-check item" },
      ]);
    });
  });
});
