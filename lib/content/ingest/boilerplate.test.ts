import { describe, expect, it } from "vitest";
import { isDropLine, isEndMarker } from "./boilerplate-patterns";
import { classifyLines, splitBody } from "./boilerplate";
import { fixture } from "./fixtures/read-fixture";
import { normalizeLines } from "./normalize";

describe("boilerplate patterns", () => {
  it.each(["Related Posts", "Trending", "Previous Post", "Next", "Comments", "Sources:", "You may also like", "DOWNLOAD THE APP"])(
    "%s ends the article",
    (line) => expect(isEndMarker(line)).toBe(true),
  );

  it.each([
    "Share on FacebookShare on X",
    "12",
    "SHARES",
    "Reading Time: 4 mins read",
    "A A",
    "View All Result",
    "Log In",
    "Forgotten Password?",
    "© 2025 Example.com",
    "time3 hours ago",
    "By Jane Q. Writer",
    "Also read: Ten things about ports",
    "2. https://example.org/x",
  ])("%s is furniture", (line) => expect(isDropLine(line)).toBe(true));

  it.each([
    "Related concerns about fisheries surfaced at the meeting in Mombasa last week.",
    "Other issues",
    "Recent developments",
    "Share of exports to Africa rose sharply in the second half of the decade, officials said.",
    "Twitter on Tuesday said the platform would restrict state media accounts.",
    "Home Minister Rao said the bill would pass.",
  ])("%s is article text", (line) => {
    expect(isEndMarker(line)).toBe(false);
    expect(isDropLine(line)).toBe(false);
  });
});

describe("splitBody", () => {
  const lines = normalizeLines(fixture("blue-economy-scraped.txt"));
  const split = splitBody(lines);

  it("keeps every prose line of the page that precedes the first end marker", () => {
    const classes = classifyLines(lines);
    const end = classes.indexOf("barrier");
    const prose = lines.filter((l, i) => i < end && classes[i] === "prose");
    expect(prose.length).toBeGreaterThan(5);
    for (const line of prose) expect(split?.body).toContain(line);
  });

  it("keeps no furniture, menu or repeated line in the body (rule)", () => {
    for (const line of split?.body ?? []) {
      if (line === "") continue;
      expect(isDropLine(line)).toBe(false);
      expect(isEndMarker(line)).toBe(false);
      expect(line).not.toMatch(/^\u2022/);
    }
  });

  it("keeps headings between paragraphs but starts and ends on text", () => {
    const body = (split?.body ?? []).filter((l) => l !== "");
    expect(body).toContain("Money, fish and data");
    expect(body[0]).toMatch(/^When Kenyan President/);
    expect(body.at(-1)).toMatch(/both capitals\.$/);
  });

  it("takes the first substantial run, not a longer one after an end marker", () => {
    const article = Array.from({ length: 5 }, (_, i) => `Article sentence number ${i} talks about ports, ships and harbour fees at length today.`);
    const appended = Array.from({ length: 12 }, (_, i) => `Appended sentence ${i} covers a football transfer saga, wages and a stadium deal at length.`);
    const result = splitBody([...article, "Related Articles", ...appended]);
    expect(result?.body).toEqual(article);
  });

  it("returns null when nothing scores as text", () => {
    expect(splitBody(normalizeLines(fixture("nav-only.txt")))).toBeNull();
  });

  it("treats an author bio (name line, then a line opening with that name) as a barrier", () => {
    const classes = classifyLines(["Asha Verma", "Asha Verma, a reporter based in Pune, covers water policy."]);
    expect(classes).toEqual(["barrier", "barrier"]);
  });
});
