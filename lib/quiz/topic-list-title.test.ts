import { describe, expect, it } from "vitest";
import { topicListTitle } from "./topic-list-title";

describe("topicListTitle", () => {
  it("names up to three topics and counts the rest", () => {
    expect(topicListTitle(["Trade"])).toBe("Trade");
    expect(topicListTitle(["Trade", "Defence"])).toBe("Trade and Defence");
    expect(topicListTitle(["Trade", "Defence", "Culture"])).toBe("Trade, Defence and Culture");
    const nine = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
    expect(topicListTitle(nine)).toBe("A, B and 7 more topics");
    expect(topicListTitle([])).toBe("no topics");
  });
});
