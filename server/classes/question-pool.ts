import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { isPrelimsQuestion, questionSchema, type PrelimsQuestion } from "@/lib/content/question-schema";

/**
 * The live prelims questions a set's test may draw on: the set's own selection when it has
 * one, otherwise every question touching its topics.
 */
export async function practicePool(db: Db | DbTransaction, set: { topicIds: string[]; questionIds: string[] }): Promise<PrelimsQuestion[]> {
  const rows = await db.question.findMany({
    where: {
      retiredAt: null,
      kind: { not: "mains" },
      ...(set.questionIds.length > 0 ? { id: { in: set.questionIds } } : { topicIds: { hasSome: set.topicIds } }),
    },
    select: { id: true, data: true },
  });
  return rows.flatMap((row) => {
    const parsed = questionSchema.safeParse(row.data);
    return parsed.success && isPrelimsQuestion(parsed.data) ? [parsed.data] : [];
  });
}
