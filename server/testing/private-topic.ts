import "server-only";
import type { Db } from "@/server/db";
import { mainsQ, singleQ } from "@/lib/quiz/test-fixtures";
import { insertQuestionRows } from "./question-rows";

/**
 * A teacher's private topic as the studio publishes it: one fact, one card, a prelims and a mains
 * question, all owned by the teacher. The items are `<prefix>-fact`, `-card`, `-q` and `-mains`.
 */
export async function seedPrivateTopic(db: Db, options: { id: string; ownerId: string; prefix: string; title: string; cardFront: string }) {
  const { id, ownerId, prefix, title, cardFront } = options;
  await db.topic.create({
    data: {
      id,
      title,
      summary: "Private notes about lantern diplomacy for one batch.",
      whyItMatters: "Only its teacher's students need it.",
      syllabusTags: ["GS2: bilateral relations"],
      relatedTopics: [],
      asOf: new Date("2026-01-01"),
      order: 900,
      contentHash: "h",
      origin: "studio",
      ownerId,
    },
  });
  await db.fact.create({ data: { id: `${prefix}-fact`, topicId: id, statement: "Lantern diplomacy began in 2026.", sources: [], order: 0, contentHash: "h", origin: "studio" } });
  await db.flashcard.create({
    data: { id: `${prefix}-card`, topicId: id, factIds: [`${prefix}-fact`], kind: "basic", front: cardFront, back: "2026", order: 0, contentHash: "h", origin: "studio" },
  });
  await insertQuestionRows(db, [singleQ(1, { id: `${prefix}-q`, topicIds: [id] }), mainsQ({ id: `${prefix}-mains`, topicIds: [id] })]);
  await db.question.updateMany({ where: { id: { in: [`${prefix}-q`, `${prefix}-mains`] } }, data: { ownerId, origin: "studio" } });
}
