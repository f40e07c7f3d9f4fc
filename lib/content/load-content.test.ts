import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent, parseQuestionFile, parseSourcesFile, parseTopicFile } from "./load-content";

const FIXTURES = fileURLToPath(new URL("./fixtures/valid", import.meta.url));
const read = (rel: string) => readFileSync(`${FIXTURES}/${rel}`, "utf8");
const TOPIC = read("topics/grain-trade.yaml");
const SOURCES = read("sources.yaml");
const QUESTIONS = read("questions/practice.yaml");

/** 1-based line of the first occurrence of `needle` (after `from`, if given). */
function lineOf(text: string, needle: string, from = ""): number {
  const start = from === "" ? 0 : text.indexOf(from);
  const at = text.indexOf(needle, start);
  if (start < 0 || at < 0) throw new Error(`fixture text lacks ${JSON.stringify(needle)}`);
  return text.slice(0, at).split("\n").length;
}

function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

describe("parseTopicFile", () => {
  it("accepts the valid fixture and records a line for every node path", () => {
    const { value, errors } = parseTopicFile("t.yaml", TOPIC);
    expect(errors).toEqual([]);
    expect(value?.data.facts).toHaveLength(3);
    const total = TOPIC.split("\n").length;
    for (const line of Object.values(value?.lines ?? {})) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(total);
    }
    expect(value?.lines["facts.1.sources.0.paragraph"]).toBe(lineOf(TOPIC, "paragraph: 2"));
    expect(value?.lines["topic.summary"]).toBe(lineOf(TOPIC, "summary:"));
  });

  // Each case breaks the fixture in one way and names the line the error must point at.
  const cases: { name: string; text: string; line: number; message: string }[] = [
    (() => {
      const text = swap(TOPIC, "paragraph: 2 }", "paragraph: two }");
      return { name: "wrong type deep in a fact", text, line: lineOf(text, "paragraph: two"), message: "facts[1].sources[0].paragraph: paragraph must be a whole number" };
    })(),
    (() => {
      const text = swap(TOPIC, '    statement: "The agreement aims', '    claim: "The agreement aims');
      return { name: "unknown key", text, line: lineOf(text, "claim:"), message: 'facts[1]: Unrecognized key: "claim"' };
    })(),
    (() => {
      const text = swap(TOPIC, "  - id: grain-target\n", "  - name: grain-target\n");
      return { name: "missing id points at the fact", text, line: lineOf(text, "- name: grain-target"), message: "facts[1].id: fact id is required" };
    })(),
    (() => {
      const text = swap(TOPIC, "{{c1::12 million tonnes}}", "12 million tonnes");
      return { name: "cloze without a deletion", text, line: lineOf(text, "front:", "id: grain-target-cloze"), message: "exactly one {{c1::answer}}" };
    })(),
    (() => {
      const text = swap(TOPIC, "    supersededBy: grain-deal-year\n", "");
      return { name: "superseded without supersededBy", text, line: lineOf(text, "status: superseded"), message: "needs supersededBy" };
    })(),
    (() => {
      const text = TOPIC.replace(/summary: >-\n[\s\S]*?\n {2}whyItMatters/, 'summary: "Far too short."\n  whyItMatters');
      return { name: "summary too short", text, line: lineOf(text, "summary:"), message: "summary must be 150-300 words" };
    })(),
    (() => {
      const text = swap(TOPIC, '    - "GS2: bilateral relations"', '    - "GS1: history"');
      return { name: "syllabus tag outside the enum", text, line: lineOf(text, "GS1: history"), message: "syllabus tag must be one of" };
    })(),
    (() => {
      const text = swap(TOPIC, "  order: 1", "  order: @1");
      return { name: "YAML syntax error", text, line: lineOf(text, "order: @1"), message: "YAML syntax" };
    })(),
  ];

  it.each(cases)("reports $name at the right line", ({ text, line, message }) => {
    const { value, errors } = parseTopicFile("topics/grain-trade.yaml", text);
    expect(value).toBeNull();
    const hit = errors.find((e) => e.message.includes(message));
    expect(hit, errors.map((e) => `${e.line}: ${e.message}`).join("\n")).toBeDefined();
    expect(hit).toMatchObject({ file: "topics/grain-trade.yaml", line });
  });

  it("reports a duplicate YAML key as a syntax error on that key's line", () => {
    const text = swap(TOPIC, "  order: 1", "  order: 1\n  order: 2");
    const { errors } = parseTopicFile("x.yaml", text);
    expect(errors[0]?.line).toBe(lineOf(text, "order: 2"));
  });
});

describe("parseSourcesFile and parseQuestionFile", () => {
  it("accept the fixtures", () => {
    expect(parseSourcesFile("s.yaml", SOURCES).errors).toEqual([]);
    expect(parseQuestionFile("q.yaml", QUESTIONS).errors).toEqual([]);
  });

  it("rejects a malformed publication date on its line", () => {
    const text = swap(SOURCES, '"2030-01-15"', '"15 Jan 2030"');
    const { errors } = parseSourcesFile("s.yaml", text);
    expect(errors).toEqual([{ file: "s.yaml", line: lineOf(text, "15 Jan 2030"), message: expect.stringContaining("publishedAt") }]);
  });

  it("reads a bare question list the same way as a `questions:` list, lines included", () => {
    const bare = QUESTIONS.replace(/^questions:\n/, "").replace(/^ {2}/gm, "");
    const wrapped = parseQuestionFile("q.yaml", QUESTIONS).value;
    const unwrapped = parseQuestionFile("q.yaml", bare).value;
    expect(unwrapped?.data).toEqual(wrapped?.data);
    expect(unwrapped?.lines["questions.0.factIds"]).toBe(lineOf(bare, "factIds:"));
  });

  it("validates questions with the shared question schema", () => {
    const text = swap(QUESTIONS, "correctIndex: 0", "correctIndex: 7");
    const { errors } = parseQuestionFile("q.yaml", text);
    expect(errors[0]).toMatchObject({ line: lineOf(text, "correctIndex: 7"), message: expect.stringContaining("out of range") });
  });
});

describe("loadContent", () => {
  it("loads the fixture directory with errors naming files under that directory", () => {
    const { content, errors } = loadContent(FIXTURES);
    expect(errors).toEqual([]);
    expect(content.sources?.data.articles).toHaveLength(2);
    expect(content.topics.map((t) => t.data.topic.id).sort()).toEqual(["grain-trade", "stage-and-screen"]);
    expect(content.questions[0]?.file).toBe(`${FIXTURES}/questions/practice.yaml`);
  });

  it("reports a missing sources.yaml instead of throwing", () => {
    const { errors } = loadContent(`${FIXTURES}/topics`);
    expect(errors).toEqual([{ file: `${FIXTURES}/topics/sources.yaml`, line: 1, message: "sources.yaml is missing" }]);
  });
});
