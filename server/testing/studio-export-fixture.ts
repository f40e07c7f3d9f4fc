import "server-only";
import type { StudioDocument } from "@/lib/studio/document";

/** Paragraphs of a made-up wire story: the studio article the exported facts cite (our own text, no real article). */
export const SHIP_STORY = [
  "Harbour officials in the southern port town met visiting planners from the capital on Monday to talk about dry docks.",
  "The planners said forty new berths would be ready by 2028, and that a training school for welders would open nearby.",
  "Local fishermen asked that the old jetty be kept open while the building work went on, and the officials agreed to look again.",
].join("\n\n");

const SUMMARY = Array.from({ length: 160 }, (_, i) => `harbour${i}`).join(" ");

/** A public studio topic with a fact per claim, both card kinds and one question of every kind the studio writes. */
export function shipyardDocument(articleId: string): StudioDocument {
  const cite = (paragraph: number) => [{ article: articleId, paragraph }];
  const tag = "GS2: bilateral relations" as const;
  return {
    topic: { title: "Shipyard berths", summary: SUMMARY, whyItMatters: "Port capacity shows up in questions on maritime cooperation.", syllabusTags: [tag], asOf: "2026-03-01" },
    facts: [
      { id: "berths-forty-2028", statement: "Planners promised 40 new berths at the southern port by 2028.", value: { number: 40, unit: "berths", year: 2028 }, sources: cite(1), status: "current" },
      { id: "welding-school", statement: "A school for welders is planned beside the new berths.", sources: cite(1), status: "current" },
      { id: "old-jetty-kept", statement: "Officials agreed to reconsider keeping the old jetty open during construction.", sources: cite(2), status: "current" },
    ],
    flashcards: [
      { id: "berths-forty-2028-cloze", factIds: ["berths-forty-2028"], kind: "cloze", front: "Planners promised {{c1::40}} new berths at the southern port by 2028.", back: "40" },
      { id: "welding-school-basic", factIds: ["welding-school"], kind: "basic", front: "What kind of school is planned beside the new berths?", back: "A school for welders", hint: "A trade" },
      { id: "old-jetty-kept-basic", factIds: ["old-jetty-kept"], kind: "basic", front: "What did officials agree to reconsider during construction?", back: "Keeping the old jetty open" },
    ],
    questions: [
      {
        id: "shipyard-multi",
        kind: "multi-statement",
        factIds: ["berths-forty-2028", "welding-school"],
        syllabusTag: tag,
        difficulty: "easy",
        stem: "Consider the following statements about the southern port plan:",
        statements: [
          { text: "Forty new berths are promised by 2028.", correct: true, factIds: ["berths-forty-2028"], explanation: "As the planners said." },
          { text: "A school for pilots is planned near the berths.", correct: false, factIds: ["welding-school"], explanation: "The planned school is for welders." },
        ],
      },
      {
        id: "shipyard-single",
        kind: "single",
        factIds: ["berths-forty-2028"],
        syllabusTag: tag,
        difficulty: "medium",
        stem: "How many new berths did the planners promise at the southern port?",
        options: [
          { text: "Fourteen", explanation: "Too few." },
          { text: "Forty", explanation: "Correct: forty by 2028." },
          { text: "Four hundred", explanation: "Far too many." },
          { text: "Four", explanation: "Too few." },
        ],
        correctIndex: 1,
      },
      {
        id: "shipyard-pairs",
        kind: "match-pairs",
        factIds: ["berths-forty-2028", "welding-school", "old-jetty-kept"],
        syllabusTag: tag,
        difficulty: "hard",
        stem: "Consider the following pairs of port plans and what was said of them:",
        heading: { left: "Plan", right: "What was said" },
        pairs: [
          { left: "New berths", right: "Forty by 2028", correct: true, factIds: ["berths-forty-2028"], explanation: "Promised by the planners." },
          { left: "Training school", right: "For welders", correct: true, factIds: ["welding-school"], explanation: "Planned beside the berths." },
          { left: "Old jetty", right: "Demolished at once", correct: false, factIds: ["old-jetty-kept"], explanation: "Officials agreed to reconsider keeping it open." },
        ],
      },
      {
        id: "shipyard-assertion",
        kind: "statement-i-ii",
        factIds: ["berths-forty-2028", "welding-school"],
        syllabusTag: tag,
        difficulty: "medium",
        statementI: { text: "Forty new berths are promised at the southern port by 2028.", correct: true, factIds: ["berths-forty-2028"] },
        statementII: { text: "A welding school is planned beside the new berths.", correct: true, factIds: ["welding-school"] },
        statementIIExplainsI: false,
        explanation: "Both are true, but the school does not explain the berth count.",
      },
      {
        id: "shipyard-mains",
        kind: "mains",
        factIds: ["berths-forty-2028", "welding-school", "old-jetty-kept"],
        syllabusTag: tag,
        difficulty: "medium",
        directive: "discuss",
        text: "Port expansion must balance new capacity with the livelihoods of those who use the old harbour. Discuss.",
        wordLimit: 150,
        marks: 10,
        framework: {
          introduction: "Ports grow by adding berths, but the people already working there need a place in the plan.",
          keyPoints: ["Forty berths by 2028 add capacity.", "A welding school builds local skills.", "Keeping the old jetty open protects fishermen during the works."],
          wayForward: "Phase the works and consult those who use the harbour at each stage.",
        },
        rubric: ["Did I give the berth figure and its year?", "Did I weigh livelihoods against capacity?"],
      },
    ],
  };
}
