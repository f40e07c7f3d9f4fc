import { describe, expect, it } from "vitest";
import type { PrelimsQuestion } from "../content/question-schema";
import { howManyQ, multiStatementQ, singleQ, statementPairQ } from "../quiz/test-fixtures";
import { analyseQuestions, standings, type SubmittedTest } from "./item-analysis";

const single = singleQ(1, { id: "s1" }) as PrelimsQuestion;
// Statements 1 and 3 true; options (a) 1 only, (b) 1 and 3 only (right), (c) 2 and 3 only, (d) 1, 2 and 3.
const multi = multiStatementQ([true, false, true], [[1], [1, 3], [2, 3], [1, 2, 3]], { id: "m1" }) as PrelimsQuestion;
const pair = statementPairQ(true, false, undefined, { id: "p1" }) as PrelimsQuestion;
const howMany = howManyQ([true, true, false], { id: "h1" }) as PrelimsQuestion;

const test = (studentId: string, score: number, answers: Record<string, number | null>): SubmittedTest => ({
  studentId,
  studentName: `Student ${studentId}`,
  score,
  answers: new Map(Object.entries(answers)),
});

const TESTS = [
  test("a", 4, { s1: 1, m1: 1, p1: 2, h1: 1 }),
  test("b", 1.33, { s1: 0, m1: 0, p1: 2, h1: 0 }),
  test("c", -0.67, { s1: 0, m1: 2, p1: 0, h1: null }),
  test("d", 1.33, { s1: 3, m1: 3, p1: 3 }),
];

describe("item analysis of an assignment's test", () => {
  const stats = analyseQuestions([single, multi, pair, howMany], TESTS);

  it("gives each question the share of the class that got it right and the most common wrong option", () => {
    expect(stats[0]).toMatchObject({ number: 1, students: 4, right: 1, share: 0.25, optionCounts: [2, 1, 0, 1], mostCommonWrong: { label: "(a) Choice 0", count: 2 } });
    expect(stats[0]!.statements).toBeNull();
    expect(stats[3]).toMatchObject({ right: 1, blank: 2, share: 0.25 });
  });

  it("judges each statement by what the chosen option said about it", () => {
    // a: {1,3} all right; b: {1} → 1 ✓, 2 ✓, 3 ✗; c: {2,3} → 1 ✗, 2 ✗, 3 ✓; d: {1,2,3} → 1 ✓, 2 ✗, 3 ✓.
    expect(stats[1]!.statements!.map((s) => s.right)).toEqual([3, 2, 3]);
    expect(stats[1]!.statements![1]).toMatchObject({ label: "Statement 2", share: 0.5 });
    // Statement-I true, II false: (c) says exactly that (a, b); (a) gets I right (c); (d) gets both wrong.
    expect(stats[2]!.statements!.map((s) => `${s.label} ${s.right}`)).toEqual(["Statement-I 3", "Statement-II 2"]);
  });

  it("says nothing per statement when the options only count them", () => {
    expect(stats[3]!.statements).toBeNull();
  });

  it("has no shares and no wrong option before anyone submits", () => {
    const [empty] = analyseQuestions([single], []);
    expect(empty).toMatchObject({ students: 0, share: null, mostCommonWrong: null });
  });
});

describe("standing within the class", () => {
  it("ranks by score with ties counted as half", () => {
    expect(standings(TESTS).map((s) => [s.studentId, s.percentile])).toEqual([
      ["a", 88],
      ["b", 50],
      ["d", 50],
      ["c", 13],
    ]);
    expect(standings([test("solo", 2, {})])[0]!.percentile).toBe(50);
  });
});
