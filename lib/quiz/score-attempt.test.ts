import { describe, expect, it } from "vitest";
import type { PrelimsQuestion } from "../content/question-schema";
import { abs, add, equals, fraction, scale, sub, sum } from "./fraction";
import { formatMarks, UPSC_CSAT_SCHEME, UPSC_GS1_SCHEME, type MarkingScheme } from "./marking-scheme";
import { correctOptionIndex } from "./render-options";
import { scoreAttempt, type AttemptAnswer } from "./score-attempt";
import { createRandom } from "./seeded-random";
import { howManyQ, mainsQ, matchPairsQ, multiStatementQ, singleQ, statementPairQ } from "./test-fixtures";

const TOPICS = ["topic-a", "topic-b", "topic-c"];

function bank(size: number): PrelimsQuestion[] {
  const makers = [
    (id: string, topicIds: string[]) => singleQ(2, { id, topicIds }),
    (id: string, topicIds: string[]) => multiStatementQ([true, false, true], undefined, { id, topicIds }),
    (id: string, topicIds: string[]) => howManyQ([true, true, false, true], { id, topicIds }),
    (id: string, topicIds: string[]) => matchPairsQ([false, true, false], { id, topicIds }),
    (id: string, topicIds: string[]) => statementPairQ(true, false, undefined, { id, topicIds }),
  ];
  return Array.from({ length: size }, (_, k) => {
    const topicIds = k % 4 === 0 ? [TOPICS[k % 3] ?? "topic-a", "topic-c"] : [TOPICS[k % 3] ?? "topic-a"];
    return makers[k % makers.length]!(`q-${k}`, [...new Set(topicIds)]) as PrelimsQuestion;
  });
}

function randomAnswers(questions: readonly PrelimsQuestion[], seed: string): AttemptAnswer[] {
  const random = createRandom(seed);
  return questions.flatMap((q) => {
    const roll = random();
    if (roll < 0.15) return []; // not even submitted: counts as blank
    return [{ questionId: q.id, chosenIndex: roll < 0.3 ? null : Math.floor(random() * 4) }];
  });
}

const schemes: MarkingScheme[] = [UPSC_GS1_SCHEME, UPSC_CSAT_SCHEME];
const questions = bank(40);
const seeds = Array.from({ length: 25 }, (_, k) => `attempt-${k}`);

describe("scoreAttempt rules", () => {
  it("scores a blank 0, always", () => {
    for (const scheme of schemes) for (const seed of seeds) {
      const score = scoreAttempt(questions, randomAnswers(questions, seed), scheme);
      for (const r of score.results.filter((r) => r.outcome === "blank")) expect(r.marks).toEqual(fraction(0));
    }
  });

  it("raises the total by exactly correct + |penalty| when one wrong answer is corrected", () => {
    for (const scheme of schemes) for (const seed of seeds) {
      const answers = randomAnswers(questions, seed);
      const before = scoreAttempt(questions, answers, scheme);
      for (const wrong of before.results.filter((r) => r.outcome === "wrong")) {
        const fixed = answers.map((a) => (a.questionId === wrong.questionId ? { ...a, chosenIndex: wrong.correctIndex } : a));
        const after = scoreAttempt(questions, fixed, scheme);
        expect(sub(after.marks, before.marks)).toEqual(add(scheme.correct, abs(scheme.wrong)));
      }
    }
  });

  it("makes the total the exact sum of its parts", () => {
    for (const scheme of schemes) for (const seed of seeds) {
      const s = scoreAttempt(questions, randomAnswers(questions, seed), scheme);
      expect(s.marks).toEqual(sum(s.results.map((r) => r.marks)));
      expect(s.marks).toEqual(add(scale(scheme.correct, s.correct), scale(scheme.wrong, s.wrong)));
      expect(s.marksLostToPenalty).toEqual(scale(abs(scheme.wrong), s.wrong));
      expect(s.correct + s.wrong + s.blank).toBe(questions.length);
      expect(s.accuracy).toBe(s.correct + s.wrong === 0 ? null : s.correct / (s.correct + s.wrong));
      for (const t of s.byTopic) {
        const mine = s.results.filter((r) => r.topicIds.includes(t.topicId));
        expect(t.questions).toBe(mine.length);
        expect(t.marks).toEqual(sum(mine.map((r) => r.marks)));
        expect(t.correct + t.wrong + t.blank).toBe(mine.length);
      }
    }
  });

  it("grades each answer against the derived correct option", () => {
    const answers = questions.map((q, k) => ({ questionId: q.id, chosenIndex: k % 2 === 0 ? correctOptionIndex(q) : (correctOptionIndex(q) + 1) % 4 }));
    const s = scoreAttempt(questions, answers);
    s.results.forEach((r, k) => expect(r.outcome).toBe(k % 2 === 0 ? "correct" : "wrong"));
  });
});

describe("scoreAttempt examples and errors", () => {
  const hundred = bank(100);
  const answerAll = (correct: number, wrong: number) =>
    hundred.map((q, k) => ({ questionId: q.id, chosenIndex: k < correct ? correctOptionIndex(q) : k < correct + wrong ? (correctOptionIndex(q) + 1) % 4 : null }));

  it("scores 60 right, 30 wrong, 10 blank as exactly 100", () => {
    const s = scoreAttempt(hundred, answerAll(60, 30));
    expect(s.marks).toEqual(fraction(100));
    expect(s.marksLostToPenalty).toEqual(fraction(20));
    expect(s.maxMarks).toEqual(fraction(200));
    expect(s.accuracy).toBeCloseTo(60 / 90, 12);
    expect(formatMarks(s.marks)).toBe("100.00");
  });

  it("keeps thirds exact and rounds only for display", () => {
    const s = scoreAttempt(hundred, answerAll(50, 7));
    expect(equals(s.marks, fraction(286, 3))).toBe(true);
    expect(formatMarks(s.marks)).toBe("95.33");
  });

  it("reports no accuracy when nothing was attempted", () => {
    const s = scoreAttempt(hundred, []);
    expect(s.blank).toBe(100);
    expect(s.accuracy).toBeNull();
    expect(s.byTopic.every((t) => t.accuracy === null)).toBe(true);
  });

  it("refuses answers it cannot place", () => {
    const q = questions[0]!;
    expect(() => scoreAttempt(questions, [{ questionId: "nope", chosenIndex: 0 }])).toThrow(/unknown question nope/);
    expect(() => scoreAttempt(questions, [{ questionId: q.id, chosenIndex: 0 }, { questionId: q.id, chosenIndex: 1 }])).toThrow(/two answers/);
    expect(() => scoreAttempt(questions, [{ questionId: q.id, chosenIndex: 4 }])).toThrow(/chosenIndex must be 0 to 3/);
    expect(() => scoreAttempt([q, q], [])).toThrow(/appears twice/);
    expect(() => scoreAttempt([mainsQ() as unknown as PrelimsQuestion], [])).toThrow(/mains question/);
  });
});
