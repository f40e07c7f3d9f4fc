import "server-only";
import type { Db } from "@/server/db";
import { isPrelimsQuestion, questionSchema } from "@/lib/content/question-schema";
import { correctOptionIndex } from "@/lib/quiz/render-options";

type Entry = { hash: string; correct: number };

// Statement questions derive their answer from the statements, so the key cannot be read in SQL.
// Parsed once per content version and kept: a question's answer only changes with its hash.
const cache = new Map<string, Entry>();

/** The correct option of every prelims question (retired ones too: old attempts still count). */
export async function answerKey(db: Db): Promise<{ questionIds: string[]; correctIndexes: number[] }> {
  const rows = await db.question.findMany({ where: { kind: { not: "mains" } }, select: { id: true, contentHash: true } });
  const stale = rows.filter((r) => cache.get(r.id)?.hash !== r.contentHash).map((r) => r.id);
  if (stale.length > 0) {
    const fresh = await db.question.findMany({ where: { id: { in: stale } }, select: { id: true, contentHash: true, data: true } });
    for (const row of fresh) {
      const parsed = questionSchema.safeParse(row.data);
      if (parsed.success && isPrelimsQuestion(parsed.data)) cache.set(row.id, { hash: row.contentHash, correct: correctOptionIndex(parsed.data) });
    }
  }
  const questionIds: string[] = [];
  const correctIndexes: number[] = [];
  for (const row of rows) {
    const entry = cache.get(row.id);
    if (entry && entry.hash === row.contentHash) {
      questionIds.push(row.id);
      correctIndexes.push(entry.correct);
    }
  }
  return { questionIds, correctIndexes };
}
