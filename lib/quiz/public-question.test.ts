import { describe, expect, it } from "vitest";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { renderOptions } from "@/lib/quiz/render-options";
import { allTruths, howManyQ, matchPairsQ, multiStatementQ, singleQ, statementPairQ } from "@/lib/quiz/test-fixtures";
import { toPublicQuestion } from "./public-question";

const every: PrelimsQuestion[] = [
  ...[0, 1, 2, 3].map((k) => singleQ(k)),
  ...[2, 3, 4].flatMap((n) => allTruths(n).map((t) => multiStatementQ(t))),
  ...[3, 4].flatMap((n) => allTruths(n).filter((t) => t.some(Boolean)).flatMap((t) => [howManyQ(t), matchPairsQ(t)])),
  statementPairQ(true, true, true),
  statementPairQ(true, true, false),
  statementPairQ(true, false),
  statementPairQ(false, true),
] as PrelimsQuestion[];

describe("toPublicQuestion", () => {
  it("shows the options in the order they are scored, and nothing that gives the answer away", () => {
    for (const q of every) {
      const shown = toPublicQuestion(q);
      expect(shown.options).toEqual(renderOptions(q));
      const text = JSON.stringify(shown);
      expect(text).not.toMatch(/"(correct|correctIndex|explanation|statementIIExplainsI|factIds)"/);
      // Fixture explanations all begin "Why"; none may be visible before answering.
      expect(text).not.toContain("Why");
    }
  });

  it("keeps every statement and pair the student must judge", () => {
    const pairs = toPublicQuestion(matchPairsQ([true, false, true]) as PrelimsQuestion);
    expect(pairs.body).toEqual({ type: "pairs", heading: { left: "Thing", right: "Place" }, pairs: [1, 2, 3].map((k) => ({ left: `Thing ${k}`, right: `Place ${k}` })) });
    const list = toPublicQuestion(multiStatementQ([true, false]) as PrelimsQuestion);
    expect(list.body).toEqual({ type: "list", items: ["Made-up claim number 1.", "Made-up claim number 2."] });
    expect(toPublicQuestion(statementPairQ(true, false) as PrelimsQuestion).body.type).toBe("assertion");
  });
});
