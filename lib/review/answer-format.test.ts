import { describe, expect, it } from "vitest";
// The review screen's answer layout is pure, so it is tested with the server's tests (vitest runs lib/ and server/).
import { layoutAnswer } from "@/lib/review/answer-format";

describe("layoutAnswer", () => {
  it("keeps a one-line answer, numbers and all, as text", () => {
    for (const answer of ["Comprehensive Economic Partnership Agreement", "US$ 21.5 billion in 2023-24", "  1 January 2010 (signed 7 August 2009; in force later)  "]) {
      expect(layoutAnswer(answer)).toEqual({ kind: "text", text: answer.trim() });
    }
  });

  it("turns lines or '; '-separated items into a list, dropping bullets and blank lines", () => {
    expect(layoutAnswer("Signed 7 August 2009; in force 1 January 2010")).toEqual({
      kind: "list",
      items: ["Signed 7 August 2009", "in force 1 January 2010"],
    });
    expect(layoutAnswer("- Defence\n\n- Space\n3) Trade")).toEqual({ kind: "list", items: ["Defence", "Space", "Trade"] });
  });

  it("never loses or invents text: the items joined back give the answer's words", () => {
    const words = (s: string) => s.replace(/[;\n]|^\s*[-*•]\s+/gm, " ").split(/\s+/).filter(Boolean);
    for (const answer of ["a; b; c", "x (y; z); w", "one\ntwo; three", "1.5%; 2,000 crore", "single"]) {
      const layout = layoutAnswer(answer);
      const joined = layout.kind === "text" ? layout.text : layout.items.join(" ");
      expect(words(joined)).toEqual(words(answer));
    }
  });
});
