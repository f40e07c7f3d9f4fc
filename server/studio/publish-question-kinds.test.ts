import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { shipyardDocument, SHIP_STORY } from "@/server/testing/studio-export-fixture";
import { questionSchema, type PrelimsQuestion } from "@/lib/content/question-schema";
import { correctOptionIndex, renderOptions } from "@/lib/quiz/render-options";
import type { StudioDocument } from "@/lib/studio/document";
import { newQuestionDraft } from "@/lib/studio/question-drafts";
import { exportStudioContent } from "@/server/content/export-studio-content";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { saveSource } from "./sources";
import { checkOwnStudioTopic, createStudioTopic, publishStudioTopic, saveStudioTopic } from "./topics";
import type { StudioUser } from "./studio-user";

const testDb = withTestDatabase();
const now = new Date("2026-11-29T10:00:00Z");
const tag = "GS2: bilateral relations";
let editor: StudioUser;
let articleId = "";
let dir = "";

/** The shipyard facts and cards, with one question of each format the studio could not write before, built as the editor's buttons build them. */
function documentWithNewKinds(): StudioDocument {
  const doc = shipyardDocument(articleId);
  const facts = doc.facts;
  const single = {
    ...newQuestionDraft("single", "berths-single", facts, tag),
    stem: "By which year did planners promise forty new berths at the southern port?",
    answer: { text: "2028", explanation: "Correct. Forty berths by 2028." },
    distractors: [
      { text: "2031", explanation: "Later than promised." },
      { text: "2025", explanation: "Earlier than promised." },
      { text: "2026", explanation: "The year of the story, not of the berths." },
    ],
  };
  const pairs = {
    ...newQuestionDraft("match-pairs", "berths-pairs", facts, tag),
    heading: { left: "Plan", right: "What was said" },
    pairs: [
      { left: "New berths", right: "Forty by 2028", correct: true, factIds: ["berths-forty-2028"], explanation: "Promised by the planners." },
      { left: "Training school", right: "For pilots", correct: false, factIds: ["welding-school"], explanation: "The school is for welders." },
      { left: "Old jetty", right: "May stay open", correct: true, factIds: ["old-jetty-kept"], explanation: "Officials agreed to reconsider." },
    ],
  };
  const assertion = {
    ...newQuestionDraft("statement-i-ii", "berths-assertion", [facts[0]!, facts[1]!], tag),
    statementII: { text: "A school for pilots is planned beside the new berths.", correct: false, factIds: ["welding-school"] },
    statementIIExplainsI: false,
    explanation: "Statement-I is the planners' promise; the planned school is for welders, not pilots.",
  };
  const mains = {
    ...newQuestionDraft("mains", "berths-mains", facts, tag),
    text: "New berths must not cost harbour workers their livelihoods. Discuss.",
    framework: { introduction: "Capacity and livelihoods.", keyPoints: ["Forty berths by 2028.", "A welding school nearby.", "The old jetty may stay open."], wayForward: "Consult at each stage." },
    rubric: ["Did I give the berth figure and its year?"],
  };
  return { ...doc, questions: [single, pairs, assertion, mains] };
}

beforeAll(async () => {
  const db = testDb.prisma;
  await syncContent(db, loadCheckedContent("content"), now);
  editor = (await createTestUser(db, "editor", "Eda Editor")) as StudioUser;
  ({ articleId } = await saveSource(db, editor, {
    source: { fileName: null, text: SHIP_STORY },
    label: "Wire story on southern port berths",
    publication: { publisher: "Test Wire", url: "unknown", publishedAt: "2026-03-01" },
  }));
  dir = mkdtempSync(join(tmpdir(), "dossier-kinds-"));
  cpSync("content", dir, { recursive: true });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("publishing a studio topic with every new question format", () => {
  let topicId = "";

  it("passes the live check, publishes, and stores each question with the key derived from what the editor wrote", async () => {
    const db = testDb.prisma;
    ({ id: topicId } = await createStudioTopic(db, editor, { title: "Berths in every format" }, now));
    const document = documentWithNewKinds();
    expect((await checkOwnStudioTopic(db, editor, topicId, document)).issues).toEqual([]);
    const saved = await saveStudioTopic(db, editor, topicId, { document, baseVersion: 1 });
    const published = await publishStudioTopic(db, editor, topicId, { baseVersion: saved.version }, now);
    expect(published.report.questions).toMatchObject({ created: 4 });

    const rows = await db.question.findMany({ where: { topicIds: { has: topicId } }, orderBy: { order: "asc" } });
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      ["berths-single", "single"],
      ["berths-pairs", "match-pairs"],
      ["berths-assertion", "statement-i-ii"],
      ["berths-mains", "mains"],
    ]);
    const stored = rows.map((r) => questionSchema.parse(r.data));
    const keyLabel = (q: PrelimsQuestion) => renderOptions(q)[correctOptionIndex(q)];

    const single = stored[0]! as PrelimsQuestion & { kind: "single" };
    // Years print in ascending order, so the key is (d): derived from the answer, never typed.
    expect(renderOptions(single)).toEqual(["2025", "2026", "2028", "2031"]);
    expect(single.correctIndex).toBe(2);
    expect(keyLabel(single)).toBe("2028");
    expect(single.options[2]!.explanation).toMatch(/^Correct/);
    expect(rows[0]!.data).not.toHaveProperty("answer");
    expect(rows[0]!.data).not.toHaveProperty("distractors");

    expect(keyLabel(stored[1]! as PrelimsQuestion)).toBe("Only two");
    expect(stored[1]!.factIds).toEqual(["berths-forty-2028", "welding-school", "old-jetty-kept"]);
    expect(keyLabel(stored[2]! as PrelimsQuestion)).toBe("Statement-I is correct, but Statement-II is incorrect");
    expect(stored[2]!.factIds).toEqual(["berths-forty-2028", "welding-school"]);
    expect(stored[3]).toMatchObject({ kind: "mains", marks: 10, wordLimit: 150, rubric: ["Did I give the berth figure and its year?"] });
  });

  it("exports to content/ files that pass every content:check rule", async () => {
    const result = await exportStudioContent(testDb.prisma, dir);
    expect(result.topics.map((t) => t.id)).toEqual([topicId]);
    const yaml = readFileSync(join(dir, `questions/${topicId}.yaml`), "utf8");
    expect(yaml).toContain("correctIndex: 2");
    expect(yaml).toContain("wordLimit: 150");
  });
});
