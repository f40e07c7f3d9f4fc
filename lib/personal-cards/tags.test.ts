import { describe, expect, it } from "vitest";
import { personalCardInputSchema } from "./card-input";
import { PERSONAL_CARD_LIMITS } from "./limits";
import { deckTag, normalizeTags, splitTags, tagsProblem } from "./tags";

describe("card tags", () => {
  it("are trimmed, never empty, and each kept once whatever its letter case (the first spelling wins)", () => {
    expect(normalizeTags(["  polity ", "", "Polity", "rights", "POLITY", "rights"])).toEqual(["polity", "rights"]);
    expect(splitTags("  law\tbasics  law\n ")).toEqual(["law", "basics"]);
    expect(splitTags("")).toEqual([]);
  });

  it("normalising twice changes nothing", () => {
    for (const raw of [["a", "A", " b "], ["deck::UPSC::GS2", "x"], []]) {
      expect(normalizeTags(normalizeTags(raw))).toEqual(normalizeTags(raw));
    }
  });

  it("refuse too many tags, a tag too long and a tag with a space, each with the numbers in the message", () => {
    const { tagLength, tagsPerCard } = PERSONAL_CARD_LIMITS;
    expect(tagsProblem(Array.from({ length: tagsPerCard }, (_, i) => `t${i}`))).toBeNull();
    expect(tagsProblem(Array.from({ length: tagsPerCard + 1 }, (_, i) => `t${i}`))).toBe(`${tagsPerCard + 1} tags; the limit is ${tagsPerCard} a card`);
    expect(tagsProblem(["x".repeat(tagLength)])).toBeNull();
    expect(tagsProblem(["x".repeat(tagLength + 1)])).toMatch(new RegExp(`is ${tagLength + 1} characters; the limit is ${tagLength}$`));
    expect(tagsProblem(["two words"])).toMatch(/has a space in it/);
  });

  it("are checked by the personal card schema on the tags field; left out, they stay undefined", () => {
    expect(personalCardInputSchema.parse({ kind: "basic", front: "f", back: "b", tags: [" a", "A", "b"] }).tags).toEqual(["a", "b"]);
    expect(personalCardInputSchema.parse({ kind: "basic", front: "f", back: "b" }).tags).toBeUndefined();
    const refused = personalCardInputSchema.safeParse({ kind: "basic", front: "f", back: "b", tags: ["x".repeat(101)] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["tags", expect.stringContaining("the limit is 100")]]);
  });

  it("name an Anki deck as deck::<path>, one word, and leave Anki's Default deck out", () => {
    expect(deckTag("UPSC 2027::GS Paper 2::Polity")).toBe("deck::UPSC_2027::GS_Paper_2::Polity");
    expect(deckTag("Default")).toBeNull();
    expect(deckTag("")).toBeNull();
    const long = deckTag(`${"Outer ".repeat(20)}::Middle::Inner`)!;
    expect(long).toBe("deck::Middle::Inner");
    expect(tagsProblem([deckTag("y".repeat(300))!])).toBeNull();
  });
});
