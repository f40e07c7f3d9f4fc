import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadContent } from "./load-content";
import { articleEntryYaml, toContentYaml } from "./export-yaml";

describe("content YAML writer", () => {
  const { content } = loadContent("content");

  it("writes every topic and question of content/ so that it reads back as the same data", () => {
    for (const { data } of content.topics) {
      const text = toContentYaml([["topic", data.topic], ["facts", data.facts], ["flashcards", data.flashcards]]);
      expect(parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    }
    for (const { data } of content.questions) {
      expect(parse(toContentYaml([["questions", data.questions]]))).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it("keeps lines within 100 columns where text can fold, and writes ids plain and citations on one line", () => {
    const text = toContentYaml([
      [
        "facts",
        [
          { status: "current", id: "cepa-dates", statement: "x ".repeat(80).trim(), sources: [{ paragraph: 9, article: "some-article" }], value: { year: 2010 } },
          { id: "two", statement: "true", sources: [{ reference: "mea-brief", section: "para 3" }], status: "current" },
        ],
      ],
    ]);
    expect(text).toBe(
      [
        "facts:",
        "  - id: cepa-dates",
        "    statement: >-",
        `      ${"x ".repeat(47).trim()}`,
        `      ${"x ".repeat(33).trim()}`,
        "    value: { year: 2010 }",
        "    sources:",
        "      - { article: some-article, paragraph: 9 }",
        "    status: current",
        "",
        "  - id: two",
        '    statement: "true"',
        "    sources:",
        '      - { reference: mea-brief, section: "para 3" }',
        "    status: current",
        "",
      ].join("\n"),
    );
  });

  it("writes an article entry for sources.yaml", () => {
    const entry = articleEntryYaml({ id: "a-b", label: "Label", paragraphCount: 3, sources: [{ publisher: "P", url: "unknown", publishedAt: "2026-01-02" }] });
    expect(parse(`articles:\n${entry}\n`)).toEqual({ articles: [{ id: "a-b", label: "Label", paragraphCount: 3, sources: [{ publisher: "P", url: "unknown", publishedAt: "2026-01-02" }] }] });
  });
});
