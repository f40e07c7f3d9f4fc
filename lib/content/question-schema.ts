import { z } from "zod";

/**
 * Practice questions as authored in content/questions/*.yaml.
 * Statement-based kinds never store their answer: the correct option is derived from the
 * statements' truth values (lib/quiz/render-options.ts), so an answer key cannot drift from
 * the statements it grades. This schema only rejects questions where no single option can win.
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (field: string) =>
  z.string({ error: `${field} must be text` }).trim().min(1, `${field} must not be empty`);

const idList = (field: string) =>
  z
    .array(z.string({ error: `${field} entries must be text` }).min(1, `${field} entries must not be empty`), {
      error: `${field} must be a list`,
    })
    .min(1, `${field} must list at least one id`)
    .refine((ids) => new Set(ids).size === ids.length, `${field} must not repeat an id`);

const commonFields = {
  id: z.string({ error: "id must be text" }).regex(KEBAB, 'id must be kebab-case, e.g. "korea-cepa-signing-year"'),
  topicIds: idList("topicIds"),
  factIds: idList("factIds"),
  syllabusTag: z
    .string({ error: "syllabusTag must be text" })
    .regex(/^GS[1-4]: \S/, 'syllabusTag must look like "GS2: bilateral relations"'),
  difficulty: z.enum(["easy", "medium", "hard"], { error: 'difficulty must be "easy", "medium" or "hard"' }),
};

const statementSchema = z.strictObject({
  text: text("statement text"),
  correct: z.boolean({ error: "statement `correct` must be true or false" }),
  factIds: idList("statement factIds"),
  explanation: text("statement explanation"),
});

const pairSchema = z.strictObject({
  left: text("pair left"),
  right: text("pair right"),
  correct: z.boolean({ error: "pair `correct` must be true or false" }),
  factIds: idList("pair factIds"),
  explanation: text("pair explanation"),
});

const assertionSchema = z.strictObject({
  text: text("statement text"),
  correct: z.boolean({ error: "statement `correct` must be true or false" }),
  factIds: idList("statement factIds"),
});

type Ctx = z.RefinementCtx;
type Cited = { factIds: string[] };

/** The loader checks only question-level factIds exist, so every finer citation must be among them. */
function requireCitedByQuestion(q: Cited, parts: readonly Cited[], label: (i: number) => string, path: (i: number) => PropertyKey[], ctx: Ctx) {
  const known = new Set(q.factIds);
  parts.forEach((part, i) => {
    part.factIds.forEach((id, j) => {
      if (!known.has(id)) {
        ctx.addIssue({ code: "custom", path: [...path(i), "factIds", j], message: `${label(i)} cites fact "${id}", which is missing from the question's factIds` });
      }
    });
  });
}

const describeSet = (numbers: readonly number[]) => (numbers.length === 0 ? "none" : numbers.join(", "));
const letter = (i: number) => `(${String.fromCharCode(97 + i)})`;

const singleSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("single"),
    stem: text("stem"),
    options: z
      .array(z.strictObject({ text: text("option text"), explanation: text("option explanation") }))
      .length(4, "a single-answer question has exactly 4 options"),
    correctIndex: z.number({ error: "correctIndex must be a number" }).int("correctIndex must be a whole number"),
  })
  .superRefine((q, ctx) => {
    if (q.correctIndex < 0 || q.correctIndex >= q.options.length) {
      ctx.addIssue({
        code: "custom",
        path: ["correctIndex"],
        message: `correctIndex ${q.correctIndex} is out of range: options are numbered 0 to ${q.options.length - 1}`,
      });
    }
    const texts = q.options.map((o) => o.text.toLowerCase());
    if (new Set(texts).size !== texts.length) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "two options have the same text" });
    }
  });

const multiStatementSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("multi-statement"),
    stem: text("stem"),
    statements: z.array(statementSchema).min(2, "a multi-statement question has 2 to 4 statements").max(4, "a multi-statement question has 2 to 4 statements"),
    /** Optional: each option is the set of statement numbers (1-based) it claims are correct. */
    options: z
      .array(z.array(z.number().int("statement numbers must be whole numbers")), { error: "options must be a list of statement-number lists" })
      .length(4, "a multi-statement question has exactly 4 options")
      .optional(),
  })
  .superRefine((q, ctx) => {
    requireCitedByQuestion(q, q.statements, (i) => `statement ${i + 1}`, (i) => ["statements", i], ctx);
    if (!q.options) return;
    const n = q.statements.length;
    const truth = q.statements.flatMap((s, i) => (s.correct ? [i + 1] : []));
    const matching: number[] = [];
    q.options.forEach((set, i) => {
      const outside = set.filter((k) => k < 1 || k > n);
      if (outside.length > 0) {
        ctx.addIssue({ code: "custom", path: ["options", i], message: `option ${letter(i)} names statement ${outside.join(", ")}, but there are only ${n} statements` });
      }
      if (new Set(set).size !== set.length) {
        ctx.addIssue({ code: "custom", path: ["options", i], message: `option ${letter(i)} repeats a statement number` });
      }
      const sorted = [...new Set(set)].sort((a, b) => a - b);
      if (sorted.length === truth.length && sorted.every((k, j) => k === truth[j])) matching.push(i);
    });
    if (matching.length !== 1) {
      const which = matching.length === 0 ? "no option matches" : `options ${matching.map(letter).join(" and ")} ${matching.length === 2 ? "both" : "all"} match`;
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message: `${which} the statements' truth values (correct statements: ${describeSet(truth)}); exactly one option must match`,
      });
    }
  });

/** "How many" options for four items are Only one/two/three and All four: there is no "None". */
function requireCountHasOption(items: readonly { correct: boolean }[], noun: "statements" | "pairs", ctx: Ctx) {
  if (items.length === 4 && items.every((s) => !s.correct)) {
    ctx.addIssue({ code: "custom", path: [noun], message: `all four ${noun} are incorrect, but the options for four ${noun} have no "None"; make at least one correct` });
  }
}

const howManySchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("how-many"),
    stem: text("stem"),
    statements: z.array(statementSchema).min(3, "a how-many question has 3 or 4 statements").max(4, "a how-many question has 3 or 4 statements"),
  })
  .superRefine((q, ctx) => {
    requireCitedByQuestion(q, q.statements, (i) => `statement ${i + 1}`, (i) => ["statements", i], ctx);
    requireCountHasOption(q.statements, "statements", ctx);
  });

const matchPairsSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("match-pairs"),
    stem: text("stem"),
    /** Optional column headings shown above the pairs, e.g. { left: "Agreement", right: "Year" }. */
    heading: z.strictObject({ left: text("heading left"), right: text("heading right") }).optional(),
    pairs: z.array(pairSchema).min(3, "a match-pairs question has 3 or 4 pairs").max(4, "a match-pairs question has 3 or 4 pairs"),
  })
  .superRefine((q, ctx) => {
    requireCitedByQuestion(q, q.pairs, (i) => `pair ${i + 1}`, (i) => ["pairs", i], ctx);
    requireCountHasOption(q.pairs, "pairs", ctx);
  });

const statementPairSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("statement-i-ii"),
    stem: text("stem").optional(),
    statementI: assertionSchema,
    statementII: assertionSchema,
    /** Required when both statements are correct; otherwise it must be absent or false. */
    statementIIExplainsI: z.boolean({ error: "statementIIExplainsI must be true or false" }).optional(),
    explanation: text("explanation"),
  })
  .superRefine((q, ctx) => {
    const key = (i: number) => (i === 0 ? "statementI" : "statementII");
    requireCitedByQuestion(q, [q.statementI, q.statementII], key, (i) => [key(i)], ctx);
    const both = q.statementI.correct && q.statementII.correct;
    if (!q.statementI.correct && !q.statementII.correct) {
      ctx.addIssue({ code: "custom", message: "both statements are incorrect, but none of the four standard options says so; make one of them correct" });
    }
    if (both && q.statementIIExplainsI === undefined) {
      ctx.addIssue({ code: "custom", path: ["statementIIExplainsI"], message: "statementIIExplainsI is required when both statements are correct" });
    }
    if (!both && q.statementIIExplainsI === true) {
      ctx.addIssue({ code: "custom", path: ["statementIIExplainsI"], message: "statementIIExplainsI can only be true when both statements are correct" });
    }
  });

export const MAINS_DIRECTIVES = ["discuss", "examine", "critically analyse", "analyse", "evaluate", "comment"] as const;

const mainsSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal("mains"),
    directive: z.enum(MAINS_DIRECTIVES, { error: `directive must be one of: ${MAINS_DIRECTIVES.join(", ")}` }),
    text: text("question text"),
    wordLimit: z.union([z.literal(150), z.literal(250)], { error: "wordLimit must be 150 or 250" }),
    marks: z.union([z.literal(10), z.literal(15)], { error: "marks must be 10 or 15" }),
    framework: z.strictObject({
      introduction: text("framework introduction"),
      keyPoints: z.array(text("key point")).min(2, "framework keyPoints must list at least 2 points"),
      wayForward: text("framework wayForward"),
    }),
    rubric: z.array(text("rubric item")).min(1, "rubric must list at least one self-check item"),
  })
  .superRefine((q, ctx) => {
    // GS mains pairs the two: 10 marks get 150 words, 15 marks get 250.
    const expected = q.marks === 10 ? 150 : 250;
    if (q.wordLimit !== expected) {
      ctx.addIssue({ code: "custom", path: ["wordLimit"], message: `a ${q.marks}-mark question has a ${expected}-word limit, not ${q.wordLimit}` });
    }
  });

export const PRELIMS_KINDS = ["single", "multi-statement", "how-many", "match-pairs", "statement-i-ii"] as const;
export const QUESTION_KINDS = [...PRELIMS_KINDS, "mains"] as const;

export const questionSchema = z.discriminatedUnion(
  "kind",
  [singleSchema, multiStatementSchema, howManySchema, matchPairsSchema, statementPairSchema, mainsSchema],
  { error: (issue) => (issue.code === "invalid_union" ? `kind must be one of: ${QUESTION_KINDS.join(", ")}` : undefined) },
);

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question["kind"];
export type SingleQuestion = z.infer<typeof singleSchema>;
export type MultiStatementQuestion = z.infer<typeof multiStatementSchema>;
export type HowManyQuestion = z.infer<typeof howManySchema>;
export type MatchPairsQuestion = z.infer<typeof matchPairsSchema>;
export type StatementPairQuestion = z.infer<typeof statementPairSchema>;
export type MainsQuestion = z.infer<typeof mainsSchema>;
export type PrelimsQuestion = Exclude<Question, MainsQuestion>;
export type Statement = z.infer<typeof statementSchema>;

export function isPrelimsQuestion(q: Question): q is PrelimsQuestion {
  return q.kind !== "mains";
}
