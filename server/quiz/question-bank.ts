import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { isPrelimsQuestion, questionSchema, type PrelimsQuestion, type Question } from "@/lib/content/question-schema";

type Reader = Db | DbTransaction;

/** Content was validated when it was synced; a row that no longer parses is our bug, not the user's. */
function parseRow(row: { id: string; data: unknown }): Question {
  const parsed = questionSchema.safeParse(row.data);
  if (!parsed.success) throw new Error(`question ${row.id} in the database does not match the question schema`);
  return parsed.data;
}

/** The questions with these ids (retired ones included: old attempts must still render), keyed by id. */
export async function loadQuestions(db: Reader, ids: readonly string[]): Promise<Map<string, Question>> {
  if (ids.length === 0) return new Map();
  const rows = await db.question.findMany({ where: { id: { in: [...ids] } }, select: { id: true, data: true } });
  return new Map(rows.map((row) => [row.id, parseRow(row)]));
}

/** The prelims questions of an attempt, in the attempt's order. */
export async function loadAttemptQuestions(db: Reader, ids: readonly string[]): Promise<PrelimsQuestion[]> {
  const byId = await loadQuestions(db, ids);
  return ids.map((id) => {
    const q = byId.get(id);
    if (!q || !isPrelimsQuestion(q)) throw new Error(`attempt question ${id} is missing from the question bank`);
    return q;
  });
}

/** Live prelims questions touching any of the topics (all topics when none given), in content order. */
export async function listActivePrelims(db: Reader, topicIds?: readonly string[]): Promise<PrelimsQuestion[]> {
  const rows = await db.question.findMany({
    where: { retiredAt: null, kind: { not: "mains" }, ...(topicIds ? { topicIds: { hasSome: [...topicIds] } } : {}) },
    select: { id: true, data: true },
    orderBy: [{ order: "asc" }, { id: "asc" }],
  });
  return rows.map(parseRow).filter(isPrelimsQuestion);
}
