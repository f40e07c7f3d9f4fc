import type { PrelimsQuestion } from "@/lib/content/question-schema";
import { questionPrompt, renderOptions } from "./render-options";

/**
 * A prelims question as the student sees it. Nothing in
 * a PublicQuestion reveals which option is right (no `correct` flags, no explanations).
 */
export type PublicQuestionBody =
  | { type: "plain" }
  | { type: "list"; items: string[] }
  | { type: "pairs"; heading: { left: string; right: string } | null; pairs: { left: string; right: string }[] }
  | { type: "assertion"; statementI: string; statementII: string };

export type PublicQuestion = {
  id: string;
  kind: string;
  topicIds: string[];
  stem: string | null;
  body: PublicQuestionBody;
  /** The line printed after the statements, e.g. "How many of the above statements are correct?" */
  prompt: string | null;
  /** Option labels in printed order; the letter (a)-(d) is added when displayed. */
  options: string[];
};

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
