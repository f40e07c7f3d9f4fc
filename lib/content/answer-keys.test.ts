import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { correctOptionIndex, renderOptions } from "../quiz/render-options";
import { checkContent } from "./check-content";
import { checkQuality } from "./check-quality";
import { loadContent } from "./load-content";
import { isPrelimsQuestion, type PrelimsQuestion } from "./question-schema";

const REAL_CONTENT = fileURLToPath(new URL("../../content", import.meta.url));
const { content, errors: loadErrors } = loadContent(REAL_CONTENT);
const prelims = content.questions.flatMap((f) => f.data.questions.filter(isPrelimsQuestion));

const NUMBER_WORDS = ["None", "Only one", "Only two", "Only three"];

/**
 * The label the correct option must carry, worked out here from the truth values alone (not with
 * the app's option builders), so a bug there or a wrong truth flag in content shows up as a mismatch.
 */
function expectedLabel(q: PrelimsQuestion): string | RegExp {
  switch (q.kind) {
    case "single":
      return q.options[q.correctIndex]!.text;
    case "how-many":
    case "match-pairs": {
      const items = q.kind === "how-many" ? q.statements : q.pairs;
      const count = items.filter((s) => s.correct).length;
      if (count === items.length) return items.length === 3 ? "All three" : "All four";
      return NUMBER_WORDS[count]!;
    }
    case "multi-statement": {
      const n = q.statements.length;
      const truth = q.statements.flatMap((s, i) => (s.correct ? [i + 1] : []));
      if (truth.length === 0) return n === 2 ? "Neither 1 nor 2" : "None of the above";
      if (truth.length === n) return n === 2 ? "Both 1 and 2" : `${truth.slice(0, -1).join(", ")} and ${n}`;
      return truth.length === 1 ? `${truth[0]} only` : `${truth.slice(0, -1).join(", ")} and ${truth.at(-1)} only`;
    }
    case "statement-i-ii": {
      const { statementI: i, statementII: ii } = q;
      if (i.correct && ii.correct) return q.statementIIExplainsI ? /^Both .* correct and Statement-II explains/ : /^Both .* correct, but Statement-II does not explain/;
      return i.correct ? /^Statement-I is correct, but Statement-II is incorrect/ : /^Statement-I is incorrect, but Statement-II is correct/;
    }
  }
}

describe("answer keys of the real question bank", () => {
  it("has prelims questions in every format", () => {
    expect(loadErrors).toEqual([]);
    expect(new Set(prelims.map((q) => q.kind))).toEqual(new Set(["single", "multi-statement", "how-many", "match-pairs", "statement-i-ii"]));
  });

  it.each(prelims.map((q) => [q.id, q] as const))("%s: the derived key is the option the truth values call for", (_id, q) => {
    const key = correctOptionIndex(q);
    const labels = renderOptions(q);
    expect(labels).toHaveLength(4);
    expect(new Set(labels).size).toBe(4);
    const expected = expectedLabel(q);
    if (typeof expected === "string") expect(labels[key]).toBe(expected);
    else expect(labels[key]).toMatch(expected);
    // Exactly one option fits: no other label matches what the truth values call for.
    expect(labels.filter((l) => (typeof expected === "string" ? l === expected : expected.test(l)))).toHaveLength(1);
    if (q.kind === "single") {
      // Authoring convention: only the keyed option's explanation starts with "Correct".
      expect(q.options.map((o) => o.explanation.startsWith("Correct"))).toEqual(q.options.map((_, i) => i === key));
    }
  });

  it("passes the cross-reference checks and every exam-quality rule", () => {
    const format = (e: { file: string; line: number; message: string }) => `${e.file}:${e.line}: ${e.message}`;
    expect(checkContent(content).map(format)).toEqual([]);
    expect(checkQuality(content).errors.map(format)).toEqual([]);
  });
});
