import "server-only";
import type { Db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type { Question } from "@/lib/content/question-schema";

/** Inserts test questions as content sync would store them (the whole question in `data`). */
export async function insertQuestionRows(db: Db, questions: readonly Question[]): Promise<void> {
  await db.question.createMany({
    data: questions.map((q, order) => ({
      id: q.id,
      kind: q.kind,
      topicIds: q.topicIds,
      factIds: q.factIds,
      difficulty: q.difficulty,
      syllabusTag: q.syllabusTag,
      data: q as unknown as Prisma.InputJsonValue,
      order,
      contentHash: "h",
    })),
    skipDuplicates: true,
  });
}
