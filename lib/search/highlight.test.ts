import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, splitHighlight } from "./highlight";

describe("splitHighlight", () => {
  it("splits a headline into marked and plain segments, keeping markup-like text as text", () => {
    expect(splitHighlight(`India's ${S}semiconductor${E} push <b>and</b> ${S}chips${E}`)).toEqual([
      { text: "India's ", marked: false },
      { text: "semiconductor", marked: true },
      { text: " push <b>and</b> ", marked: false },
      { text: "chips", marked: true },
    ]);
    expect(splitHighlight("plain")).toEqual([{ text: "plain", marked: false }]);
  });
});
