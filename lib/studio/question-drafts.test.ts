import { describe, expect, it } from "vitest";
import { questionSchema, type PrelimsQuestion } from "@/lib/content/question-schema";
import { correctOptionIndex, renderOptions } from "@/lib/quiz/render-options";
import type { DraftFact } from "./document";
import { arrangeSingle, newQuestionDraft, nextQuestionId, questionAsContent, STUDIO_QUESTION_KINDS } from "./question-drafts";

const fact = (id: string, statement: string, value?: DraftFact["value"]): DraftFact => ({ id, statement, sources: [{ article: "a", paragraph: 0 }], status: "current", ...(value ? { value } : {}) });
const facts = [
  fact("pact-2019", "The lantern pact was signed in 2019.", { year: 2019 }),
  fact("trade-25", "Trade reached 25 billion dollars.", { number: 25, unit: "USD billion" }),
  fact("forum-seoul", "The lantern forum meets in Seoul."),
];
const option = (text: string) => ({ text, explanation: `About ${text}.` });
const parse = (q: Record<string, unknown>) => questionSchema.parse({ ...questionAsContent(q).question, topicIds: ["t"] }) as PrelimsQuestion;

describe("newQuestionDraft", () => {
  it("starts every kind from the chosen facts, true items written as the facts are", () => {
    for (const kind of STUDIO_QUESTION_KINDS) {
      const q = newQuestionDraft(kind, `q-${kind}`, facts, "GS2: bilateral relations");
      expect(q).toMatchObject({ id: `q-${kind}`, kind, syllabusTag: "GS2: bilateral relations", difficulty: "medium" });
    }
    expect(newQuestionDraft("single", "q", facts, "GS2: bilateral relations")).toMatchObject({ factIds: ["pact-2019"], answer: { text: "2019" }, distractors: Array(3).fill({ text: "", explanation: "" }) });
    expect(newQuestionDraft("match-pairs", "q", facts, "GS2: bilateral relations")).toMatchObject({ pairs: [{ right: "2019", correct: true, factIds: ["pact-2019"] }, { right: "25 billion", factIds: ["trade-25"] }, { right: "", factIds: ["forum-seoul"] }] });
    expect(newQuestionDraft("statement-i-ii", "q", facts, "GS2: bilateral relations")).toMatchObject({ statementI: { text: facts[0]!.statement, correct: true, factIds: ["pact-2019"] }, statementII: { factIds: ["trade-25"] }, statementIIExplainsI: false });
    expect(newQuestionDraft("mains", "q", facts, "GS2: bilateral relations")).toMatchObject({ factIds: ["pact-2019", "trade-25", "forum-seoul"], marks: 10, framework: { keyPoints: ["", ""] }, rubric: [""] });
  });

  it("makes three pairs from a single fact, so the pair count rule is met from the start", () => {
    const q = newQuestionDraft("match-pairs", "q", facts.slice(0, 1), "GS2: bilateral relations");
    expect(q.kind === "match-pairs" && q.pairs.length).toBe(3);
  });

  it("refuses to start with no fact", () => {
    expect(() => newQuestionDraft("single", "q", [], "GS2: bilateral relations")).toThrow(/chosen fact/);
  });
});

describe("nextQuestionId", () => {
  it("takes the first free number", () => {
    expect(nextQuestionId("t", [])).toBe("t-q1");
    expect(nextQuestionId("t", [{ id: "t-q2" }, { id: "t-q3" }])).toBe("t-q4");
    expect(nextQuestionId("t", [{ id: "t-q3" }])).toBe("t-q2");
  });
});

describe("single-answer key", () => {
  it("derives the answer's position from the question id, and the key follows it", () => {
    const positions = new Set<number>();
    for (let n = 0; n < 40; n++) {
      const id = `q-${n}`;
      const arranged = arrangeSingle(id, option("Seoul"), [option("Tokyo"), option("Busan"), option("Delhi")]);
      expect(arranged.options[arranged.correctIndex]).toEqual(option("Seoul"));
      // The distractors keep the order they were written in.
      expect(arranged.options.filter((o) => o.text !== "Seoul").map((o) => o.text)).toEqual(["Tokyo", "Busan", "Delhi"]);
      // Stable: the same id always gives the same order.
      expect(arrangeSingle(id, option("Seoul"), [option("Tokyo"), option("Busan"), option("Delhi")])).toEqual(arranged);
      positions.add(arranged.correctIndex);
    }
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });

  it("prints numeric options in ascending order, as papers do", () => {
    const arranged = arrangeSingle("q", option("2019"), [option("2021"), option("2015"), option("2018")]);
    expect(arranged.options.map((o) => o.text)).toEqual(["2015", "2018", "2019", "2021"]);
    expect(arranged.correctIndex).toBe(2);
    expect(arranged.from).toEqual(["distractors.1", "distractors.2", "answer", "distractors.0"]);
  });

  it("becomes a content/ single question whose derived key is the answer the editor wrote", () => {
    const draft = { ...newQuestionDraft("single", "lantern-q1", facts, "GS2: bilateral relations"), stem: "The lantern pact was signed in", distractors: [option("2015"), option("2021"), option("2017")] };
    const q = parse(draft);
    expect(q.kind).toBe("single");
    expect(renderOptions(q)).toEqual(["2015", "2017", "2019", "2021"]);
    expect(correctOptionIndex(q)).toBe(2);
    expect(q).not.toHaveProperty("answer");
    expect(q).not.toHaveProperty("distractors");
  });

  it("points a problem in an option back at the answer or distractor it came from", () => {
    const draft = { ...newQuestionDraft("single", "q", facts, "GS2: bilateral relations"), distractors: [option("2015"), option("2021"), option("2017")] };
    const { question, toDraftPath } = questionAsContent(draft);
    const options = question.options as { text: string }[];
    expect(toDraftPath(["options", options.findIndex((o) => o.text === "2021"), "text"])).toEqual(["distractors", 1, "text"]);
    expect(toDraftPath(["options", options.findIndex((o) => o.text === "2019"), "text"])).toEqual(["answer", "text"]);
    expect(toDraftPath(["options"])).toEqual(["distractors"]);
    expect(toDraftPath(["stem"])).toEqual(["stem"]);
  });
});

describe("keys derived from truth values", () => {
  const base = { syllabusTag: "GS2: bilateral relations", difficulty: "medium" };
  const pair = (left: string, right: string, correct: boolean, factId: string) => ({ left, right, correct, factIds: [factId], explanation: `${left} goes with ${right}.` });

  it("match-pairs: the key counts the correct pairs, and the question cites every pair's fact", () => {
    const draft = { ...base, id: "m", kind: "match-pairs", stem: "Consider the following pairs:", pairs: [pair("Pact", "2019", true, "pact-2019"), pair("Trade", "40 billion", false, "trade-25"), pair("Forum", "Seoul", true, "forum-seoul")] };
    const q = parse(draft);
    expect(q.factIds).toEqual(["pact-2019", "trade-25", "forum-seoul"]);
    expect(renderOptions(q)[correctOptionIndex(q)]).toBe("Only two");
    expect(renderOptions(parse({ ...draft, pairs: draft.pairs.map((p) => ({ ...p, correct: true })) }))[2]).toBe("All three");
  });

  it.each([
    [true, true, true, /correct and Statement-II explains/],
    [true, true, false, /does not explain/],
    [true, false, false, /^Statement-I is correct, but Statement-II is incorrect/],
    [false, true, false, /^Statement-I is incorrect, but Statement-II is correct/],
  ])("statement-i-ii: I %s, II %s, explains %s", (i, ii, explains, label) => {
    const draft = { ...base, id: "s", kind: "statement-i-ii", statementI: { text: "One.", correct: i, factIds: ["pact-2019"] }, statementII: { text: "Two.", correct: ii, factIds: ["trade-25"] }, statementIIExplainsI: explains, explanation: "Why." };
    const q = parse(draft);
    expect(q.factIds).toEqual(["pact-2019", "trade-25"]);
    expect(renderOptions(q)[correctOptionIndex(q)]).toMatch(label);
  });

  it("mains: the word limit follows the marks", () => {
    const draft = { ...base, id: "mq", kind: "mains", factIds: ["pact-2019"], directive: "discuss", text: "Discuss the pact.", marks: 15, framework: { introduction: "Intro.", keyPoints: ["One.", "Two."], wayForward: "Next." }, rubric: ["Did I?"] };
    expect(questionSchema.parse({ ...questionAsContent(draft).question, topicIds: ["t"] })).toMatchObject({ kind: "mains", marks: 15, wordLimit: 250 });
    expect(questionAsContent({ ...draft, marks: 10 }).question.wordLimit).toBe(150);
    expect(questionAsContent(draft).toDraftPath(["wordLimit"])).toEqual(["marks"]);
  });
});
