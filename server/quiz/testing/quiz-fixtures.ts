import "server-only";
import { insertQuestionRows } from "@/server/testing/question-rows";
import type { Db } from "@/server/db";
import type { Question } from "@/lib/content/question-schema";
import { howManyQ, mainsQ, matchPairsQ, multiStatementQ, singleQ, statementPairQ } from "@/lib/quiz/test-fixtures";

/**
 * A small made-up bank in the database. The lib fixtures cite facts "fact-q" and "fact-s1".."fact-s4";
 * they all live under topic-a. Each fact has its own card, and "card-s12" covers statements 1 and 2.
 */
export const FACT_IDS = ["fact-q", "fact-s1", "fact-s2", "fact-s3", "fact-s4"] as const;

export const BANK: Question[] = [
  singleQ(0, { id: "a-single-0", topicIds: ["topic-a"] }),
  singleQ(1, { id: "a-single-1", topicIds: ["topic-a"] }),
  singleQ(2, { id: "a-single-2", topicIds: ["topic-a"] }),
  multiStatementQ([true, false, true], undefined, { id: "a-multi", topicIds: ["topic-a"] }),
  howManyQ([true, true, false], { id: "a-how-many", topicIds: ["topic-a"] }),
  matchPairsQ([true, false, false, true], { id: "ab-pairs", topicIds: ["topic-a", "topic-b"] }),
  statementPairQ(true, true, true, { id: "b-assertion", topicIds: ["topic-b"] }),
  singleQ(3, { id: "b-single-3", topicIds: ["topic-b"] }),
  singleQ(0, { id: "b-single-0", topicIds: ["topic-b"] }),
  mainsQ({ id: "a-mains", topicIds: ["topic-a"] }),
];

export const PRELIMS_IDS = BANK.filter((q) => q.kind !== "mains").map((q) => q.id);

export async function seedQuizBank(db: Db): Promise<void> {
  const topic = (id: string, order: number) => ({
    id,
    title: `Made-up topic ${id.slice(-1).toUpperCase()}`,
    summary: "A topic invented for tests.",
    whyItMatters: "Tests need somewhere to hang questions.",
    syllabusTags: ["GS2: bilateral relations"],
    relatedTopics: [],
    asOf: new Date("2026-01-01"),
    order,
    contentHash: "h",
  });
  await db.topic.createMany({ data: [topic("topic-a", 1), topic("topic-b", 2), topic("topic-c", 3)], skipDuplicates: true });
  await db.fact.createMany({
    data: FACT_IDS.map((id, order) => ({ id, topicId: "topic-a", statement: `Invented fact ${id}.`, sources: [], order, contentHash: "h" })),
    skipDuplicates: true,
  });
  const card = (id: string, factIds: string[], order: number) => ({ id, topicId: "topic-a", factIds, kind: "basic" as const, front: `Front ${id}`, back: `Back ${id}`, order, contentHash: "h" });
  await db.flashcard.createMany({
    data: [...FACT_IDS.map((f, i) => card(`card-${f.slice(5)}`, [f], i)), card("card-s12", ["fact-s1", "fact-s2"], 9)],
    skipDuplicates: true,
  });
  await insertQuestionRows(db, BANK);
}

/** Everything a bad request must leave untouched, for before/after comparison. */
export async function snapshotQuizTables(db: Db) {
  const [attempts, answers, cardStates, mains] = await Promise.all([
    db.attempt.findMany({ orderBy: { id: "asc" } }),
    db.attemptAnswer.findMany({ orderBy: [{ attemptId: "asc" }, { questionId: "asc" }] }),
    db.cardState.findMany({ orderBy: [{ userId: "asc" }, { cardId: "asc" }] }),
    db.mainsAnswer.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { attempts, answers, cardStates, mains };
}
