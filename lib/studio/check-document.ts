import { checkContent } from "@/lib/content/check-content";
import type { LoadedContent, QuestionFile } from "@/lib/content/load-content";
import { questionSchema, type Question } from "@/lib/content/question-schema";
import { contentFileSchema, type ContentFile, type SourceArticle } from "@/lib/content/schema";
import { tidyCard, tidyFact, type StudioDocument } from "./document";
import { questionAsContent, type ContentPath } from "./question-drafts";

/** One problem, at the document path of the field it concerns ("facts.2.sources"), for a message beside that field. */
export type DocumentIssue = { path: string; message: string };

export type CheckContext = {
  topicId: string;
  order: number;
  /** Articles facts may cite, with their paragraph counts. */
  articles: readonly { id: string; paragraphCount: number }[];
};

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** The topic file and question list the document becomes, exactly as content/ would hold them. */
export function documentAsContent(doc: StudioDocument, ctx: Pick<CheckContext, "topicId" | "order">) {
  const file = {
    topic: { id: ctx.topicId, title: doc.topic.title, summary: doc.topic.summary, whyItMatters: doc.topic.whyItMatters, syllabusTags: doc.topic.syllabusTags, relatedTopics: [], asOf: doc.topic.asOf, order: ctx.order },
    facts: doc.facts.map(tidyFact),
    flashcards: doc.flashcards.map(tidyCard),
  };
  return { file, questions: doc.questions.map((q) => questionAsContent(q).question) };
}

/** Every path in `value`, numbered in document order: stands in for YAML line numbers so checkContent's lines map back to fields. */
function numberPaths(value: unknown, path: string, out: Record<string, number>) {
  out[path] = Object.keys(out).length + 1;
  if (Array.isArray(value)) value.forEach((v, i) => numberPaths(v, path === "" ? String(i) : `${path}.${i}`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) numberPaths(v, path === "" ? k : `${path}.${k}`, out);
}

/**
 * The rules of `content:check`, run on one studio topic: the content schemas (topic, facts, cards,
 * every question kind) and then the cross-reference rules of checkContent (citations inside their
 * article, known facts, orphans, asOf). Pure; the same function gates publishing on the server.
 */
export function checkDocument(doc: StudioDocument, ctx: CheckContext): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const { file, questions } = documentAsContent(doc, ctx);
  const parsedFile = contentFileSchema.safeParse(file);
  if (!parsedFile.success) {
    for (const issue of parsedFile.error.issues) {
      // The topic's id and order are the studio's, not the writer's: report them on the title.
      const path = issue.path[0] === "topic" && (issue.path[1] === "id" || issue.path[1] === "order") ? ["topic", "title"] : issue.path;
      issues.push({ path: pathKey(path), message: issue.message });
    }
  }
  const parsedQuestions: Question[] = [];
  // A question's problems are found in its content/ form and reported at the draft field it came from.
  const toDraft = doc.questions.map((q) => questionAsContent(q).toDraftPath);
  const questionPath = (i: number, path: ContentPath) => pathKey(["questions", i, ...(toDraft[i]?.(path) ?? path)]);
  questions.forEach((q, i) => {
    const parsed = questionSchema.safeParse({ ...q, topicIds: [ctx.topicId] });
    if (parsed.success) parsedQuestions.push(parsed.data);
    else for (const issue of parsed.error.issues) issues.push({ path: questionPath(i, issue.path), message: issue.message });
  });
  if (!parsedFile.success || parsedQuestions.length !== questions.length) return issues;

  const topicLines: Record<string, number> = {};
  numberPaths(parsedFile.data, "", topicLines);
  const questionLines: Record<string, number> = {};
  numberPaths({ questions: parsedQuestions }, "", questionLines);
  const byLine = { topic: invert(topicLines), questions: invert(questionLines) };
  const inDraft = (path: string | undefined) => {
    const [head, index, ...rest] = path?.split(".") ?? [];
    if (head !== "questions" || index === undefined) return path;
    return questionPath(Number(index), rest.map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
  };
  const articles: SourceArticle[] = ctx.articles.map((a) => ({ id: a.id, label: a.id, paragraphCount: a.paragraphCount, sources: [{ publisher: "unknown", url: "unknown", publishedAt: "unknown" }] }));
  const content: LoadedContent = {
    sources: { file: "sources.yaml", data: { articles, references: [] }, lines: {} },
    topics: [{ file: `${ctx.topicId}.yaml`, data: parsedFile.data as ContentFile, lines: topicLines }],
    questions: [{ file: "questions.yaml", data: { questions: parsedQuestions } as QuestionFile, lines: questionLines }],
  };
  for (const error of checkContent(content)) {
    const path = error.file === "questions.yaml" ? inDraft(byLine.questions.get(error.line)) : byLine.topic.get(error.line);
    issues.push({ path: path ?? "", message: error.message });
  }
  return issues;
}

function invert(lines: Record<string, number>): Map<number, string> {
  return new Map(Object.entries(lines).map(([path, line]) => [line, path]));
}
