import { describe, expect, it } from "vitest";
import { questionSchema } from "./question-schema";

const common = {
  id: "sample-question",
  topicIds: ["topic-a"],
  factIds: ["fact-q", "fact-s1", "fact-s2", "fact-s3", "fact-s4"],
  syllabusTag: "GS2: bilateral relations",
  difficulty: "easy",
};
const stmt = (k: number, correct: boolean) => ({ text: `Claim ${k}.`, correct, factIds: [`fact-s${k}`], explanation: `Reason ${k}.` });
const pair = (k: number, correct: boolean) => ({ left: `L${k}`, right: `R${k}`, correct, factIds: [`fact-s${k}`], explanation: `Reason ${k}.` });

const valid = {
  single: { ...common, kind: "single", stem: "Pick one.", options: [0, 1, 2, 3].map((i) => ({ text: `Choice ${i}`, explanation: "Because." })), correctIndex: 2 },
  multi: { ...common, kind: "multi-statement", stem: "Consider:", statements: [stmt(1, true), stmt(2, false)] },
  howMany: { ...common, kind: "how-many", stem: "Consider:", statements: [stmt(1, true), stmt(2, false), stmt(3, true)] },
  pairs: { ...common, kind: "match-pairs", stem: "Consider the pairs:", pairs: [pair(1, true), pair(2, true), pair(3, false)] },
  statementPair: {
    ...common,
    kind: "statement-i-ii",
    statementI: { text: "First.", correct: true, factIds: ["fact-s1"] },
    statementII: { text: "Second.", correct: true, factIds: ["fact-s2"] },
    statementIIExplainsI: false,
    explanation: "Both hold but are unrelated.",
  },
  mains: {
    ...common,
    kind: "mains",
    directive: "discuss",
    text: "Discuss a made-up theme.",
    wordLimit: 150,
    marks: 10,
    framework: { introduction: "Context.", keyPoints: ["One.", "Two."], wayForward: "Next." },
    rubric: ["Covered both sides?"],
  },
};

/** All issue messages, so a test can insist on the specific one it expects. */
function messages(input: unknown): string[] {
  const result = questionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("questionSchema", () => {
  it.each(Object.entries(valid))("accepts a well-formed %s question", (_, input) => {
    expect(messages(input)).toEqual([]);
  });

  it("rejects a multi-statement question where two given options match the truth", () => {
    const input = { ...valid.multi, options: [[1], [2], [1], []] };
    expect(messages(input)).toContain("options (a) and (c) both match the statements' truth values (correct statements: 1); exactly one option must match");
  });

  it("rejects given options none of which matches the truth", () => {
    const input = { ...valid.multi, options: [[2], [1, 2], [], [2, 1]] };
    expect(messages(input).join("\n")).toMatch(/no option matches the statements' truth values \(correct statements: 1\)/);
  });

  it("rejects a single-answer correctIndex outside the options", () => {
    expect(messages({ ...valid.single, correctIndex: 4 })).toEqual(["correctIndex 4 is out of range: options are numbered 0 to 3"]);
    expect(messages({ ...valid.single, correctIndex: -1 })).toEqual(["correctIndex -1 is out of range: options are numbered 0 to 3"]);
  });

  it("rejects an option that names a statement the question does not have", () => {
    const input = { ...valid.multi, options: [[1], [2], [1, 3], []] };
    expect(messages(input)).toContain("option (c) names statement 3, but there are only 2 statements");
  });

  it("rejects statement counts outside each format's range", () => {
    expect(messages({ ...valid.multi, statements: [stmt(1, true)] })).toEqual(["a multi-statement question has 2 to 4 statements"]);
    expect(messages({ ...valid.howMany, statements: [stmt(1, true), stmt(2, true)] })).toEqual(["a how-many question has 3 or 4 statements"]);
    const five = [1, 2, 3, 4, 1].map((k) => stmt(k, true));
    expect(messages({ ...valid.howMany, statements: five })).toEqual(["a how-many question has 3 or 4 statements"]);
    expect(messages({ ...valid.pairs, pairs: [pair(1, true), pair(2, false)] })).toEqual(["a match-pairs question has 3 or 4 pairs"]);
  });

  it("rejects a single-answer question without exactly 4 options, or with two identical ones", () => {
    expect(messages({ ...valid.single, options: valid.single.options.slice(0, 3) })).toEqual(["a single-answer question has exactly 4 options"]);
    const twins = valid.single.options.map((o, i) => (i === 3 ? { ...o, text: "Choice 0" } : o));
    expect(messages({ ...valid.single, options: twins })).toEqual(["two options have the same text"]);
  });

  it("rejects four-item how-many and match-pairs questions with nothing correct (no 'None' option)", () => {
    const allWrong = [1, 2, 3, 4].map((k) => stmt(k, false));
    expect(messages({ ...valid.howMany, statements: allWrong })[0]).toMatch(/all four statements are incorrect/);
    expect(messages({ ...valid.pairs, pairs: [1, 2, 3, 4].map((k) => pair(k, false)) })[0]).toMatch(/all four pairs are incorrect/);
    // Three items do have a "None" option.
    expect(messages({ ...valid.howMany, statements: [1, 2, 3].map((k) => stmt(k, false)) })).toEqual([]);
  });

  it("enforces the statement-i-ii rules", () => {
    const { statementIIExplainsI: _omit, ...noLink } = valid.statementPair;
    expect(messages(noLink)).toEqual(["statementIIExplainsI is required when both statements are correct"]);
    const iiFalse = { ...valid.statementPair, statementII: { ...valid.statementPair.statementII, correct: false } };
    expect(messages({ ...iiFalse, statementIIExplainsI: true })).toEqual(["statementIIExplainsI can only be true when both statements are correct"]);
    const bothFalse = { ...iiFalse, statementI: { ...valid.statementPair.statementI, correct: false }, statementIIExplainsI: undefined };
    expect(messages(bothFalse)[0]).toMatch(/both statements are incorrect/);
  });

  it("requires statement citations to be among the question's factIds", () => {
    const input = { ...valid.multi, statements: [stmt(1, true), { ...stmt(2, false), factIds: ["fact-elsewhere"] }] };
    expect(messages(input)).toEqual(['statement 2 cites fact "fact-elsewhere", which is missing from the question\'s factIds']);
    // The path lets the loader point at the offending line of the YAML file.
    expect(questionSchema.safeParse(input).error?.issues[0]?.path).toEqual(["statements", 1, "factIds", 0]);
  });

  it("rejects bad common fields with field-specific messages", () => {
    expect(messages({ ...valid.single, id: "Not Kebab" })).toEqual(['id must be kebab-case, e.g. "korea-cepa-signing-year"']);
    expect(messages({ ...valid.single, topicIds: [] })).toEqual(["topicIds must list at least one id"]);
    expect(messages({ ...valid.single, factIds: ["a", "a"] })).toEqual(["factIds must not repeat an id"]);
    expect(messages({ ...valid.single, syllabusTag: "bilateral" })).toEqual(['syllabusTag must look like "GS2: bilateral relations"']);
    expect(messages({ ...valid.single, difficulty: "tricky" })).toEqual(['difficulty must be "easy", "medium" or "hard"']);
    expect(messages({ ...valid.single, kind: "essay" })).toEqual(["kind must be one of: single, multi-statement, how-many, match-pairs, statement-i-ii, mains"]);
    expect(messages({ ...valid.single, explaination: "typo" })[0]).toMatch(/Unrecognized key: "explaination"/);
  });

  it("pairs mains marks with their word limit", () => {
    expect(messages({ ...valid.mains, marks: 15 })).toEqual(["a 15-mark question has a 250-word limit, not 150"]);
    expect(messages({ ...valid.mains, directive: "describe" })[0]).toMatch(/^directive must be one of: discuss, examine/);
    expect(messages({ ...valid.mains, wordLimit: 200 })).toEqual(["wordLimit must be 150 or 250"]);
  });
});
