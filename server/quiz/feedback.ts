import "server-only";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { correctOptionIndex } from "@/lib/quiz/render-options";
import type { DbTransaction, Db } from "@/server/db";
import type { Feedback, FeedbackFact, FeedbackItem, Outcome } from "./view-types";

function itemsOf(q: PrelimsQuestion): FeedbackItem[] | null {
  switch (q.kind) {
    case "single":
      return null;
    case "multi-statement":
    case "how-many":
      return q.statements.map((s, i) => ({ label: `Statement ${i + 1}`, text: s.text, correct: s.correct, explanation: s.explanation }));
    case "match-pairs":
      return q.pairs.map((p, i) => ({ label: `Pair ${i + 1}`, text: `${p.left} – ${p.right}`, correct: p.correct, explanation: p.explanation }));
    case "statement-i-ii":
      return [
        { label: "Statement-I", text: q.statementI.text, correct: q.statementI.correct, explanation: null },
        { label: "Statement-II", text: q.statementII.text, correct: q.statementII.correct, explanation: null },
      ];
  }
}

export function outcomeOf(q: PrelimsQuestion, chosenIndex: number | null): Outcome {
  return chosenIndex === null ? "blank" : chosenIndex === correctOptionIndex(q) ? "correct" : "wrong";
}

/** The explanation of a final answer: what was right, why, and the facts it rests on. */
export function buildFeedback(q: PrelimsQuestion, chosenIndex: number | null, facts: ReadonlyMap<string, FeedbackFact>): Feedback {
  return {
    questionId: q.id,
    chosenIndex,
    correctIndex: correctOptionIndex(q),
    outcome: outcomeOf(q, chosenIndex),
    optionExplanations: q.kind === "single" ? q.options.map((o) => o.explanation) : null,
    items: itemsOf(q),
    summary: q.kind === "statement-i-ii" ? q.explanation : null,
    facts: q.factIds.flatMap((id) => {
      const fact = facts.get(id);
      return fact ? [fact] : [];
    }),
  };
}

/** Fact statements and their topics, for linking feedback back to the notes. */
export async function loadFeedbackFacts(db: Db | DbTransaction, questions: readonly PrelimsQuestion[]): Promise<Map<string, FeedbackFact>> {
  const ids = [...new Set(questions.flatMap((q) => q.factIds))];
  if (ids.length === 0) return new Map();
  const rows = await db.fact.findMany({
    where: { id: { in: ids } },
    select: { id: true, topicId: true, statement: true, topic: { select: { title: true } } },
  });
  return new Map(rows.map((f) => [f.id, { id: f.id, topicId: f.topicId, topicTitle: f.topic.title, statement: f.statement }]));
}
