import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cardAnswer, checkQuality, promptSimilarity, QUALITY_LIMITS, refersToSource } from "./check-quality";
import { parseQuestionFile, parseSourcesFile, parseTopicFile, type LoadedContent } from "./load-content";

const FIXTURES = fileURLToPath(new URL("./fixtures/valid", import.meta.url));
const read = (f: string) => readFileSync(`${FIXTURES}/${f}`, "utf8");
const GRAIN = read("topics/grain-trade.yaml");
const TOPIC_HEAD = GRAIN.slice(0, GRAIN.indexOf("flashcards:"));

type Card = { id: string; kind: "basic" | "cloze"; front: string; back: string };
type Statement = { text: string; correct: boolean };

/** The grain fixture topic with `cards` as its flashcards (all testing fact grain-deal-year). */
function topicWith(cards: Card[]): string {
  const yaml = cards
    .map((c) => `  - id: ${c.id}\n    factIds: [grain-deal-year]\n    kind: ${c.kind}\n    front: ${JSON.stringify(c.front)}\n    back: ${JSON.stringify(c.back)}\n`)
    .join("\n");
  return `${TOPIC_HEAD}flashcards:${cards.length === 0 ? " []" : ""}\n${yaml}`;
}

const common = (id: string) => `  - id: ${id}\n    topicIds: [grain-trade]\n    factIds: [grain-deal-year]\n    syllabusTag: "GS2: bilateral relations"\n    difficulty: easy\n`;

function single(id: string, stem: string, correctIndex: number): string {
  const options = ["2027", "2028", "2029", "2030"].map((t) => `      - { text: "${t}", explanation: "Because." }`).join("\n");
  return `${common(id)}    kind: single\n    stem: ${JSON.stringify(stem)}\n    options:\n${options}\n    correctIndex: ${correctIndex}\n`;
}

function howMany(id: string, statements: Statement[]): string {
  const items = statements
    .map((s) => `      - text: ${JSON.stringify(s.text)}\n        correct: ${s.correct}\n        factIds: [grain-deal-year]\n        explanation: "Because."`)
    .join("\n");
  return `${common(id)}    kind: how-many\n    stem: "Consider the following statements:"\n    statements:\n${items}\n`;
}

const questionsFile = (questions: string[]) => `questions:\n${questions.join("\n")}`;

function build(files: { topic?: string; questions?: string }): LoadedContent {
  const sources = parseSourcesFile("sources.yaml", read("sources.yaml"));
  const topic = parseTopicFile("topics/grain-trade.yaml", files.topic ?? topicWith([]));
  const questions = parseQuestionFile("questions/q.yaml", files.questions ?? "questions: []\n");
  for (const r of [sources, topic, questions]) expect(r.errors).toEqual([]);
  return { sources: sources.value, topics: [topic.value!], questions: [questions.value!] };
}

const lineOf = (text: string, needle: string, from = 0) => {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`missing ${needle}`);
  return text.slice(0, at).split("\n").length;
};

const fact = (i: number): Card => ({ id: `fact-card-${i}`, kind: "basic", front: `In which year was grain deal number ${i} signed?`, back: `${2000 + i}` });

describe("refersToSource", () => {
  it.each([
    "What does the op-ed propose?",
    "Per the July 2025 op-ed, what should change?",
    "Which sectors does the NextIAS note list?",
    "According to the note, what was agreed?",
    "What does this article say about trade?",
    "Which three fields do the op-eds name?",
  ])("flags %s", (text) => expect(refersToSource(text)).toBe(true));

  it.each([
    "When did CEPA enter into force?",
    "Which body notes the minutes?",
    "Under Article 51, what may a state do?",
    "What does the Digital Bridge cover?",
  ])("passes %s", (text) => expect(refersToSource(text)).toBe(false));
});

describe("at most 10% of stems and prompts ask what a source said", () => {
  it("reports every offending prompt, with its line, once the share passes the limit", () => {
    const cards = [
      ...Array.from({ length: 8 }, (_, i) => fact(i)),
      { id: "oped-one", kind: "basic" as const, front: "What does the July 2025 op-ed want?", back: "Reform" },
      { id: "note-two", kind: "basic" as const, front: "What does the NextIAS note list?", back: "Three things" },
    ];
    const topic = topicWith(cards);
    const { errors } = checkQuality(build({ topic }));
    expect(errors.map((e) => [e.file, e.line])).toEqual([
      ["topics/grain-trade.yaml", lineOf(topic, "What does the July 2025 op-ed")],
      ["topics/grain-trade.yaml", lineOf(topic, "What does the NextIAS note")],
    ]);
    expect(errors[0]?.message).toContain('flashcard "oped-one" asks what a source said');
    expect(errors[0]?.message).toContain("2 of 10 stems and prompts (20%)");
  });

  it("counts question stems too, and allows a share at the limit", () => {
    const cards = Array.from({ length: 9 }, (_, i) => fact(i));
    const questions = questionsFile([single("q-about-note", "According to the note, the deal was signed in:", 2)]);
    expect(checkQuality(build({ topic: topicWith(cards), questions })).errors).toEqual([]);
    const twoStems = questionsFile([single("q-about-note", "According to the note, the deal was signed in:", 2), single("q-about-oped", "The op-ed dates the deal to:", 2)]);
    const { errors } = checkQuality(build({ topic: topicWith(cards), questions: twoStems }));
    expect(errors.map((e) => e.message.split(" asks")[0])).toEqual(['question "q-about-note"', 'question "q-about-oped"']);
    expect(errors[1]?.line).toBe(lineOf(twoStems, "The op-ed dates"));
  });
});

describe("all-true and all-false statement questions", () => {
  const mixed = (id: string) => howMany(id, [{ text: "One.", correct: true }, { text: "Two.", correct: false }, { text: "Three.", correct: true }]);
  const allTrue = (id: string) => howMany(id, [{ text: "One.", correct: true }, { text: "Two.", correct: true }, { text: "Three.", correct: true }]);

  it("warns, without failing, while they stay within 15% of the bank", () => {
    const questions = questionsFile([allTrue("q-all-true"), ...Array.from({ length: 9 }, (_, i) => mixed(`q-mixed-${i}`))]);
    const report = checkQuality(build({ questions }));
    expect(report.errors.filter((e) => e.message.includes("all true"))).toEqual([]);
    expect(report.warnings).toEqual([{ file: "questions/q.yaml", line: lineOf(questions, "- id: q-all-true"), message: expect.stringContaining('"q-all-true" has statements that are all true') }]);
  });

  it("fails every such question once they pass 15% of the bank", () => {
    const allFalse = howMany("q-all-false", [{ text: "One.", correct: false }, { text: "Two.", correct: false }, { text: "Three.", correct: false }]);
    const questions = questionsFile([allTrue("q-all-true"), allFalse, ...Array.from({ length: 8 }, (_, i) => mixed(`q-mixed-${i}`))]);
    const report = checkQuality(build({ questions }));
    const uniform = report.errors.filter((e) => e.message.includes("all-true or all-false"));
    expect(uniform.map((e) => e.line)).toEqual([lineOf(questions, "- id: q-all-true"), lineOf(questions, "- id: q-all-false")]);
    expect(uniform[1]?.message).toContain('"q-all-false" has statements that are all false: 2 of 10 prelims questions (20%)');
  });
});

describe("answer keys balanced within each format", () => {
  it("fails a format where one letter keys more than 40% of the questions", () => {
    const keys = [0, 0, 0, 1, 2];
    const questions = questionsFile(keys.map((k, i) => single(`q-year-${i}`, `Grain deal ${i} was signed in:`, k)));
    const { errors } = checkQuality(build({ questions }));
    expect(errors).toEqual([
      { file: "questions/q.yaml", line: lineOf(questions, "- id: q-year-0"), message: expect.stringContaining("answer (a) is the key of 3 of 5 single questions (60%)") },
    ]);
    expect(errors[0]?.message).toContain("q-year-0, q-year-1, q-year-2");
  });

  it("derives statement keys from the truth values, not from a stored key", () => {
    // Three true of four: every one is keyed "Only three", (c).
    const threeOfFour = (id: string) => howMany(id, [{ text: "A.", correct: true }, { text: "B.", correct: true }, { text: "C.", correct: true }, { text: "D.", correct: false }]);
    const questions = questionsFile(Array.from({ length: 5 }, (_, i) => threeOfFour(`q-three-${i}`)));
    expect(checkQuality(build({ questions })).errors.map((e) => e.message.slice(0, 56))).toEqual(["answer (c) is the key of 5 of 5 how-many questions (100%"]);
  });

  it("accepts a spread at the limit, and ignores formats with fewer than 5 questions", () => {
    const spread = questionsFile([0, 0, 1, 2, 3].map((k, i) => single(`q-year-${i}`, `Grain deal ${i} was signed in:`, k)));
    expect(checkQuality(build({ questions: spread })).errors).toEqual([]);
    const few = questionsFile([0, 0, 0, 0].map((k, i) => single(`q-year-${i}`, `Grain deal ${i} was signed in:`, k)));
    expect(checkQuality(build({ questions: few })).errors).toEqual([]);
    expect(QUALITY_LIMITS.answerLetterMinQuestions).toBe(5);
  });
});

describe("duplicate cards", () => {
  it("fails a card that repeats another's answer to a near-identical prompt", () => {
    const cards: Card[] = [
      { id: "deal-year-basic", kind: "basic", front: "In which year did Avalon and Borduria sign their grain agreement?", back: "2029" },
      { id: "deal-year-again", kind: "basic", front: "In what year did Avalon and Borduria sign the grain agreement?", back: "2029 (in spring)" },
    ];
    const topic = topicWith(cards);
    expect(checkQuality(build({ topic })).errors).toEqual([
      { file: "topics/grain-trade.yaml", line: lineOf(topic, "In what year did Avalon"), message: expect.stringContaining('flashcard "deal-year-again" asks a near-identical question with the same answer as flashcard "deal-year-basic"') },
    ]);
  });

  it("compares a cloze by its deletion and its blanked sentence", () => {
    const cards: Card[] = [
      { id: "deal-year-cloze", kind: "cloze", front: "Avalon and Borduria signed their grain agreement in {{c1::2029}}.", back: "2029" },
      { id: "deal-year-basic", kind: "basic", front: "Avalon and Borduria signed their grain agreement in which year?", back: "2029" },
    ];
    expect(checkQuality(build({ topic: topicWith(cards) })).errors).toHaveLength(1);
  });

  it("keeps cards that share an answer but ask different things, or ask alike with different answers", () => {
    const cards: Card[] = [
      { id: "deal-year-basic", kind: "basic", front: "In which year did Avalon and Borduria sign their grain agreement?", back: "2029" },
      { id: "board-year-basic", kind: "basic", front: "When did the joint grain board first meet to settle a dispute?", back: "2029" },
      { id: "pact-year-basic", kind: "basic", front: "In which year did Avalon and Borduria sign their earlier grain pact?", back: "2021" },
    ];
    expect(checkQuality(build({ topic: topicWith(cards) })).errors).toEqual([]);
  });

  it("normalises answers and measures prompt overlap", () => {
    expect(cardAnswer({ id: "x", factIds: ["f"], kind: "basic", front: "Q?", back: "The K9 Vajra-T (L&T)" })).toBe("the k9 vajra t");
    expect(cardAnswer({ id: "x", factIds: ["f"], kind: "cloze", front: "Signed in {{c1::2009}}.", back: "2009 (August)" })).toBe("2009");
    expect(promptSimilarity(new Set(["a", "b"]), new Set(["a", "b"]))).toBe(1);
    expect(promptSimilarity(new Set(["a", "b"]), new Set(["c"]))).toBe(0);
  });
});
