import "server-only";
import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { questionPrompt, renderOptions } from "@/lib/quiz/render-options";
import type { PublicQuestion, PublicQuestionBody } from "./view-types";

function bodyOf(q: PrelimsQuestion): PublicQuestionBody {
  switch (q.kind) {
    case "single":
      return { type: "plain" };
    case "multi-statement":
    case "how-many":
      return { type: "list", items: q.statements.map((s) => s.text) };
    case "match-pairs":
      return { type: "pairs", heading: q.heading ?? null, pairs: q.pairs.map(({ left, right }) => ({ left, right })) };
    case "statement-i-ii":
      return { type: "assertion", statementI: q.statementI.text, statementII: q.statementII.text };
  }
}

/**
 * The question as the student sees it before answering. Built field by field (never by
 * spreading the stored question) so a new answer-bearing field can never slip through.
 */
export function toPublicQuestion(q: PrelimsQuestion): PublicQuestion {
  return {
    id: q.id,
    kind: q.kind,
    topicIds: [...q.topicIds],
    stem: q.kind === "statement-i-ii" ? (q.stem ?? null) : q.stem,
    body: bodyOf(q),
    prompt: questionPrompt(q),
    options: renderOptions(q),
  };
}
