import { describe, expect, it } from "vitest";
import { PERSONAL_CARD_LIMITS, personalCardInputSchema, personalCardKey, personalCardsInputSchema } from "./card-input";

const issues = (value: unknown) => {
  const result = personalCardInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("personal card input", () => {
  it("trims a basic card and leaves hint and attachment null when absent", () => {
    expect(personalCardInputSchema.parse({ kind: "basic", front: "  Capital of Nepal? ", back: " Kathmandu " })).toEqual({
      kind: "basic",
      front: "Capital of Nepal?",
      back: "Kathmandu",
      hint: null,
      topicId: null,
      factId: null,
    });
  });

  it("gives a cloze card without a back its deleted answer as the back", () => {
    const card = personalCardInputSchema.parse({ kind: "cloze", front: "The treaty was signed in {{c1::1950}}.", topicId: "india-nepal" });
    expect(card.back).toBe("1950");
    expect(card.topicId).toBe("india-nepal");
  });

  it("refuses empty sides, missing backs of basic cards, and sides over the limit", () => {
    expect(issues({ kind: "basic", front: "   ", back: "x" })).toEqual(["front: front must not be empty"]);
    expect(issues({ kind: "basic", front: "Q?" })).toEqual(["back: back must not be empty"]);
    expect(issues({ kind: "basic", front: "a".repeat(PERSONAL_CARD_LIMITS.side + 1), back: "x" })).toEqual([
      "front: front must be at most 2,000 characters",
    ]);
    expect(issues({ kind: "basic", front: "a".repeat(PERSONAL_CARD_LIMITS.side), back: "x" })).toEqual([]);
  });

  it("checks cloze syntax with the catalogue's rule: exactly one c1 deletion, no stray braces", () => {
    const message = "front: a cloze front needs exactly one {{c1::answer}} deletion and no other braces";
    expect(issues({ kind: "cloze", front: "No deletion here" })).toEqual([message]);
    expect(issues({ kind: "cloze", front: "{{c1::a}} and {{c1::b}}" })).toEqual([message]);
    expect(issues({ kind: "cloze", front: "{{c2::a}} typo" })).toEqual([message]);
    expect(issues({ kind: "cloze", front: "{{c1::a}} {stray}" })).toEqual([message]);
    expect(issues({ kind: "cloze", front: "{{c1::a}} fine", back: "extra note" })).toEqual([]);
  });

  it("lets a basic card hold braces but not a forgotten cloze deletion", () => {
    expect(issues({ kind: "basic", front: "What is {1, 2} ∩ {2}?", back: "{2}" })).toEqual([]);
    expect(issues({ kind: "basic", front: "Signed in {{c1::1950}}", back: "1950" })).toEqual([
      "front: this front has a {{c1::...}} deletion: choose the cloze kind",
    ]);
  });

  it("refuses unknown fields and kinds", () => {
    expect(issues({ kind: "image", front: "x", back: "y" })).toEqual(['kind: kind must be "basic" or "cloze"']);
    expect(issues({ kind: "basic", front: "x", back: "y", ownerId: "someone" })[0]).toMatch(/ownerId/);
  });

  it("takes many cards at once up to the limit", () => {
    expect(personalCardsInputSchema.safeParse([]).success).toBe(false);
    const many = Array.from({ length: PERSONAL_CARD_LIMITS.cardsPerRequest + 1 }, () => ({ kind: "basic", front: "q", back: "a" }));
    expect(personalCardsInputSchema.safeParse(many).error?.issues[0]?.message).toBe("at most 20,000 cards at once");
  });

  it("keys cards the same whatever their spacing and case", () => {
    expect(personalCardKey({ kind: "basic", front: "Capital  of Nepal?", back: "Kathmandu" })).toBe(
      personalCardKey({ kind: "basic", front: "capital of nepal? ", back: "KATHMANDU" }),
    );
    expect(personalCardKey({ kind: "basic", front: "a", back: "b" })).not.toBe(personalCardKey({ kind: "cloze", front: "a", back: "b" }));
  });
});
