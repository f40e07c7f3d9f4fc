import { describe, expect, it } from "vitest";
import type { Question } from "../content/question-schema";
import { buildMockTest, NotEnoughQuestionsError } from "./build-mock-test";
import { seededShuffle } from "./seeded-random";
import { howManyQ, mainsQ, multiStatementQ, singleQ } from "./test-fixtures";

const bank: Question[] = [
  ...Array.from({ length: 12 }, (_, k) => singleQ(k % 4, { id: `a-single-${k}`, topicIds: ["topic-a"] })),
  ...Array.from({ length: 8 }, (_, k) => multiStatementQ([true, k % 2 === 0], undefined, { id: `b-multi-${k}`, topicIds: ["topic-b"] })),
  ...Array.from({ length: 5 }, (_, k) => howManyQ([true, false, true], { id: `ab-how-${k}`, topicIds: ["topic-a", "topic-b"] })),
  ...Array.from({ length: 6 }, (_, k) => singleQ(0, { id: `c-single-${k}`, topicIds: ["topic-c"] })),
  mainsQ({ id: "a-mains", topicIds: ["topic-a"] }),
];
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe("buildMockTest", () => {
  it("gives the same questions in the same order for the same seed, however the bank is ordered", () => {
    const request = { topicIds: ["topic-a", "topic-b"], count: 15, seed: "mock-7" };
    const first = ids(buildMockTest(bank, request));
    for (let k = 0; k < 10; k++) expect(ids(buildMockTest(seededShuffle(bank, k), request))).toEqual(first);
  });

  it("varies with the seed", () => {
    const tests = new Set(Array.from({ length: 10 }, (_, k) => ids(buildMockTest(bank, { topicIds: ["topic-a"], count: 10, seed: k })).join()));
    expect(tests.size).toBeGreaterThan(1);
  });

  it("draws only distinct prelims questions from the chosen topics", () => {
    for (let seed = 0; seed < 20; seed++) {
      const test = buildMockTest(bank, { topicIds: ["topic-b", "topic-c"], count: 19, seed });
      expect(test).toHaveLength(19);
      expect(new Set(ids(test)).size).toBe(19);
      for (const q of test) {
        expect(q.kind).not.toBe("mains");
        expect(q.topicIds.some((t) => t === "topic-b" || t === "topic-c")).toBe(true);
      }
    }
  });

  it("uses the whole pool when asked for all of it", () => {
    const test = buildMockTest(bank, { topicIds: ["topic-a"], count: 17, seed: "all" });
    expect(ids(test).sort()).toEqual(ids(bank.filter((q) => q.kind !== "mains" && q.topicIds.includes("topic-a"))).sort());
  });

  it("fails clearly when the topics hold too few questions", () => {
    try {
      buildMockTest(bank, { topicIds: ["topic-c"], count: 7, seed: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotEnoughQuestionsError);
      expect((error as NotEnoughQuestionsError).available).toBe(6);
      expect((error as Error).message).toBe("asked for 7 questions on topic-c, but only 6 prelims questions cover those topics");
    }
    expect(() => buildMockTest(bank, { topicIds: ["topic-z"], count: 1, seed: 1 })).toThrow(NotEnoughQuestionsError);
  });

  it("rejects malformed requests and duplicate ids", () => {
    expect(() => buildMockTest(bank, { topicIds: [], count: 1, seed: 1 })).toThrow(/choose at least one topic/);
    expect(() => buildMockTest(bank, { topicIds: ["topic-a"], count: 0, seed: 1 })).toThrow(/count must be at least 1/);
    expect(() => buildMockTest([...bank, bank[0]!], { topicIds: ["topic-a"], count: 1, seed: 1 })).toThrow(/appears twice/);
  });
});
