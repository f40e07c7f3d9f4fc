import { questionSchema, type Question } from "../content/question-schema";

/**
 * Builders for valid questions in tests. Statement k cites fact "fact-s<k>"; the question also
 * cites "fact-q", which no statement cites, so tests can tell statement facts from question facts.
 */
const common = (id: string, topicIds: string[], extraFacts: string[]) => ({
  id,
  topicIds,
  factIds: ["fact-q", ...extraFacts],
  syllabusTag: "GS2: bilateral relations",
  difficulty: "medium" as const,
});

const statementFacts = (n: number) => Array.from({ length: n }, (_, i) => `fact-s${i + 1}`);

const statements = (truths: readonly boolean[]) =>
  truths.map((correct, i) => ({
    text: `Made-up claim number ${i + 1}.`,
    correct,
    factIds: [`fact-s${i + 1}`],
    explanation: `Why claim ${i + 1} is ${correct ? "right" : "wrong"}.`,
  }));

type Opts = { id?: string; topicIds?: string[] };

export function singleQ(correctIndex = 1, { id = "single-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, []),
    kind: "single",
    stem: "Which option is the made-up answer?",
    options: [0, 1, 2, 3].map((i) => ({ text: `Choice ${i}`, explanation: `Why choice ${i} is ${i === correctIndex ? "right" : "wrong"}.` })),
    correctIndex,
  });
}

export function multiStatementQ(truths: readonly boolean[], options?: number[][], { id = "multi-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, statementFacts(truths.length)),
    kind: "multi-statement",
    stem: "Consider the following statements:",
    statements: statements(truths),
    ...(options ? { options } : {}),
  });
}

export function howManyQ(truths: readonly boolean[], { id = "how-many-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, statementFacts(truths.length)),
    kind: "how-many",
    stem: "Consider the following statements:",
    statements: statements(truths),
  });
}

export function matchPairsQ(truths: readonly boolean[], { id = "pairs-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, statementFacts(truths.length)),
    kind: "match-pairs",
    stem: "Consider the following pairs:",
    heading: { left: "Thing", right: "Place" },
    pairs: truths.map((correct, i) => ({
      left: `Thing ${i + 1}`,
      right: `Place ${i + 1}`,
      correct,
      factIds: [`fact-s${i + 1}`],
      explanation: `Why pair ${i + 1} is ${correct ? "right" : "wrong"}.`,
    })),
  });
}

export function statementPairQ(i: boolean, ii: boolean, explains?: boolean, { id = "pair-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, statementFacts(2)),
    kind: "statement-i-ii",
    statementI: { text: "Made-up first claim.", correct: i, factIds: ["fact-s1"] },
    statementII: { text: "Made-up second claim.", correct: ii, factIds: ["fact-s2"] },
    ...(explains === undefined ? {} : { statementIIExplainsI: explains }),
    explanation: "Why the options fall the way they do.",
  });
}

export function mainsQ({ id = "mains-q", topicIds = ["topic-a"] }: Opts = {}): Question {
  return questionSchema.parse({
    ...common(id, topicIds, []),
    kind: "mains",
    directive: "critically analyse",
    text: "Critically analyse a made-up policy question.",
    wordLimit: 250,
    marks: 15,
    framework: { introduction: "Set the context.", keyPoints: ["First angle.", "Second angle."], wayForward: "Suggest next steps." },
    rubric: ["Did I define the terms?"],
  });
}

/** Every true/false assignment to n items, e.g. n = 2 gives [F,F], [T,F], [F,T], [T,T]. */
export function allTruths(n: number): boolean[][] {
  return Array.from({ length: 2 ** n }, (_, mask) => Array.from({ length: n }, (_, i) => ((mask >> i) & 1) === 1));
}

/** Test oracle independent of statement-sets.ts: read statement numbers straight out of a label. */
export const numbersIn = (label: string): number[] =>
  /^(Neither|None)/.test(label) ? [] : (label.match(/\d/g) ?? []).map(Number).sort((a, b) => a - b);
