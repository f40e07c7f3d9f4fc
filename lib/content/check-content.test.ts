import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkContent, countContent } from "./check-content";
import { loadContent, parseQuestionFile, parseSourcesFile, parseTimelineFile, parseTopicFile, type LoadedContent } from "./load-content";

const FIXTURES = fileURLToPath(new URL("./fixtures/valid", import.meta.url));
const REAL_CONTENT = fileURLToPath(new URL("../../content", import.meta.url));

const GRAIN = "topics/grain-trade.yaml";
const STAGE = "topics/stage-and-screen.yaml";
const QUESTIONS = "questions/practice.yaml";
const SOURCES = "sources.yaml";
const TIMELINE = "timeline.yaml";
const FIXTURE_TEXT: Record<string, string> = Object.fromEntries(
  [SOURCES, GRAIN, STAGE, QUESTIONS, TIMELINE].map((f) => [f, readFileSync(`${FIXTURES}/${f}`, "utf8")]),
);

type Texts = Record<string, string | undefined>;

/** Parses fixture texts (with overrides) into content; the overrides must stay schema-valid. */
function build(overrides: Texts = {}): LoadedContent {
  const texts: Texts = { ...FIXTURE_TEXT, ...overrides };
  const content: LoadedContent = { sources: null, topics: [], questions: [] };
  for (const [file, text] of Object.entries(texts)) {
    if (text === undefined) continue;
    if (file === TIMELINE) {
      const r = parseTimelineFile(file, text);
      expect(r.errors).toEqual([]);
      content.timeline = r.value;
    } else if (file === SOURCES) {
      const r = parseSourcesFile(file, text);
      expect(r.errors).toEqual([]);
      content.sources = r.value;
    } else if (file.startsWith("topics/")) {
      const r = parseTopicFile(file, text);
      expect(r.errors).toEqual([]);
      if (r.value) content.topics.push(r.value);
    } else {
      const r = parseQuestionFile(file, text);
      expect(r.errors).toEqual([]);
      if (r.value) content.questions.push(r.value);
    }
  }
  return content;
}

/** Fixture text of `file` with `from` replaced by `to` (which must occur). */
function edit(file: string, from: string, to: string): Texts {
  const text = FIXTURE_TEXT[file] ?? "";
  if (!text.includes(from)) throw new Error(`${file} lacks ${JSON.stringify(from)}`);
  return { [file]: text.replace(from, to) };
}

function lineOf(text: string | undefined, needle: string): number {
  const at = (text ?? "").indexOf(needle);
  if (at < 0) throw new Error(`text lacks ${JSON.stringify(needle)}`);
  return (text ?? "").slice(0, at).split("\n").length;
}

type Case = { name: string; texts: Texts; file: string; needle: string; message: string };

const cases: Case[] = [
  { name: "duplicate id across a card and a question", texts: edit(QUESTIONS, "id: stagehand-visa-question", "id: grain-target-cloze"), file: QUESTIONS, needle: "id: grain-target-cloze", message: 'duplicate id "grain-target-cloze": question reuses the id of the flashcard' },
  { name: "duplicate id across a topic and a fact", texts: edit(STAGE, "  - id: touring-companies", "  - id: grain-trade"), file: STAGE, needle: "- id: grain-trade", message: 'duplicate id "grain-trade": fact reuses the id of the topic' },
  { name: "unknown article", texts: edit(STAGE, "article: bordurian-theatre-letter, paragraph: 0", "article: theatre-memo, paragraph: 0"), file: STAGE, needle: "theatre-memo", message: 'cites unknown article "theatre-memo"' },
  { name: "paragraph past the end", texts: edit(GRAIN, "paragraph: 2 }", "paragraph: 4 }"), file: GRAIN, needle: "paragraph: 4", message: 'cites paragraph 4 of "avalon-borduria-grain-note", which has paragraphs 0-3' },
  { name: "card to an unknown fact", texts: edit(GRAIN, "factIds: [grain-deal-year]", "factIds: [grain-deal-yr]"), file: GRAIN, needle: "[grain-deal-yr]", message: 'flashcard "grain-deal-year-basic" points to unknown fact "grain-deal-yr"' },
  { name: "question to an unknown topic", texts: edit(QUESTIONS, "topicIds: [stage-and-screen]", "topicIds: [stage-and-film]"), file: QUESTIONS, needle: "[stage-and-film]", message: 'points to unknown topic "stage-and-film"' },
  { name: "question to an unknown fact", texts: edit(QUESTIONS, "factIds: [stagehand-visas]", "factIds: [stagehand-pay]"), file: QUESTIONS, needle: "[stagehand-pay]", message: 'points to unknown fact "stagehand-pay"' },
  { name: "unknown related topic", texts: edit(GRAIN, "relatedTopics:\n    - stage-and-screen", "relatedTopics:\n    - stage-and-sound"), file: GRAIN, needle: "- stage-and-sound", message: 'related topic "stage-and-sound" does not exist' },
  { name: "topic related to itself", texts: edit(GRAIN, "relatedTopics:\n    - stage-and-screen", "relatedTopics:\n    - grain-trade"), file: GRAIN, needle: "    - grain-trade", message: "lists itself as related" },
  { name: "supersededBy an unknown fact", texts: edit(GRAIN, "supersededBy: grain-deal-year", "supersededBy: grain-deal-yr"), file: GRAIN, needle: "supersededBy:", message: 'superseded by unknown fact "grain-deal-yr"' },
  { name: "fact superseding itself", texts: edit(GRAIN, "supersededBy: grain-deal-year", "supersededBy: grain-old-pact"), file: GRAIN, needle: "supersededBy:", message: "cannot supersede itself" },
  { name: "orphan fact", texts: { [QUESTIONS]: undefined }, file: STAGE, needle: "- id: stagehand-visas", message: 'orphan fact "stagehand-visas"' },
  { name: "duplicate topic order", texts: edit(STAGE, "  order: 2", "  order: 1"), file: STAGE, needle: "order: 1", message: 'topic order 1 is already used by topic "grain-trade"' },
  { name: "duplicate article id", texts: edit(SOURCES, "id: bordurian-theatre-letter", "id: avalon-borduria-grain-note # again"), file: SOURCES, needle: "grain-note # again", message: 'duplicate article id "avalon-borduria-grain-note"' },
  { name: "unknown reference", texts: edit(GRAIN, "reference: avalon-trade-ministry-grain-record", "reference: avalon-trade-record"), file: GRAIN, needle: "reference: avalon-trade-record", message: 'cites unknown reference "avalon-trade-record"' },
  { name: "reference id reusing an article id", texts: edit(SOURCES, "  - id: avalon-trade-ministry-grain-record", "  - id: bordurian-theatre-letter"), file: SOURCES, needle: "  - id: bordurian-theatre-letter\n    kind", message: 'duplicate source id "bordurian-theatre-letter"' },
  { name: "superseded fact without asOf", texts: edit(GRAIN, '    asOf: "2028-12-31"\n', ""), file: GRAIN, needle: "- id: grain-old-pact", message: 'fact "grain-old-pact" needs asOf (the date it is true as of): it is superseded' },
  { name: "superseding fact without asOf", texts: edit(GRAIN, '    asOf: "2029-06-01"\n', ""), file: GRAIN, needle: "- id: grain-deal-year", message: 'fact "grain-deal-year" needs asOf (the date it is true as of): it supersedes another fact' },
  { name: "time-bound wording without asOf", texts: edit(GRAIN, "The agreement aims for 12 million tonnes", "The agreement still aims for 12 million tonnes"), file: GRAIN, needle: "- id: grain-target", message: 'fact "grain-target" needs asOf (the date it is true as of): its statement says "still"' },
  { name: "fact dated after its topic", texts: edit(GRAIN, 'asOf: "2028-12-31"', 'asOf: "2031-01-01"'), file: GRAIN, needle: 'asOf: "2031-01-01"', message: 'fact "grain-old-pact" is as of 2031-01-01, after its topic\'s asOf 2030-01-15' },
  { name: "timeline event to an unknown fact", texts: edit(TIMELINE, "factIds: [touring-companies]", "factIds: [touring-troupes]"), file: TIMELINE, needle: "factIds: [touring-troupes]", message: 'timeline event "event-touring-companies" points to unknown fact "touring-troupes"' },
  { name: "timeline event reusing a fact id", texts: edit(TIMELINE, "id: event-touring-companies", "id: touring-companies"), file: TIMELINE, needle: "id: touring-companies", message: 'duplicate id "touring-companies": timeline event reuses the id of the fact' },
  {
    name: "orphan topic",
    texts: { ...edit(STAGE, FIXTURE_TEXT[STAGE]?.slice(FIXTURE_TEXT[STAGE].indexOf("facts:")) ?? "", "facts: []\n"), [QUESTIONS]: undefined },
    file: STAGE,
    needle: "  id: stage-and-screen",
    message: 'orphan topic "stage-and-screen"',
  },
];

describe("checkContent", () => {
  it("passes the valid fixture", () => {
    expect(checkContent(build())).toEqual([]);
  });

  it.each(cases)("reports $name with file and line", ({ texts, file, needle, message }) => {
    const errors = checkContent(build(texts));
    const hit = errors.find((e) => e.message.includes(message));
    expect(hit, errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n")).toBeDefined();
    const text = file in texts ? texts[file] : FIXTURE_TEXT[file];
    expect(hit).toMatchObject({ file, line: lineOf(text, needle) });
  });

  it("flags a file named differently from its topic id", () => {
    const content = build();
    const grain = content.topics.find((t) => t.data.topic.id === "grain-trade");
    if (!grain) throw new Error("fixture topic missing");
    grain.file = "topics/grain.yaml";
    expect(checkContent(content)).toEqual([
      { file: "topics/grain.yaml", line: lineOf(FIXTURE_TEXT[GRAIN], "  id: grain-trade"), message: 'file name should be grain-trade.yaml to match topic id "grain-trade"' },
    ]);
  });

  it("re-checks summary length for content built in code, not only through the schema", () => {
    const content = build();
    const first = content.topics[0];
    if (!first) throw new Error("fixture topic missing");
    first.data.topic.summary = "Just a handful of words.";
    const errors = checkContent(content);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe("summary has 5 words; it must have 150-300");
  });

  it("never changes the content it checks, and every error line lies inside its file", () => {
    for (const { texts } of cases) {
      const content = build(texts);
      const before = structuredClone(content);
      const errors = checkContent(content);
      expect(content).toEqual(before);
      for (const e of errors) {
        const text = e.file in texts ? texts[e.file] : FIXTURE_TEXT[e.file];
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.line).toBeLessThanOrEqual((text ?? "").split("\n").length);
      }
    }
  });
});

describe("the real content/ directory", () => {
  const { content, errors } = loadContent(REAL_CONTENT);

  it("loads and cross-checks without a single error", () => {
    expect([...errors, ...checkContent(content)].map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
  });

  it("keeps a study set of useful size", () => {
    // The 2026-11 fact-check retired the op-ed-recall cards; new background topics add to these.
    const n = countContent(content);
    expect(n.topics).toBeGreaterThanOrEqual(9);
    expect(n.facts).toBeGreaterThanOrEqual(80);
    expect(n.flashcards).toBeGreaterThanOrEqual(60);
  });

  it("mixes card kinds in every topic", () => {
    for (const t of content.topics) {
      const kinds = new Set(t.data.flashcards.map((c) => c.kind));
      expect([...kinds].sort(), t.data.topic.id).toEqual(["basic", "cloze"]);
    }
  });
});
