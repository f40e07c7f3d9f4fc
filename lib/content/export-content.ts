import { articleEntryYaml, toContentYaml } from "./export-yaml";

type Data = Record<string, unknown>;

/** One published studio topic as content/ holds it: the topic file's three sections and its questions. */
export type ExportedTopic = { topic: Data & { id: string }; facts: Data[]; flashcards: Data[]; questions: Data[] };
export type ExportedArticle = { id: string; label: string; paragraphCount: number; sources: Data[] };

/** First line of every exported file: how an exported file is told from a hand-written one. */
export const EXPORT_HEADER = "Exported from the studio by npm run content:export. content/ is now its source:";
const header = `${EXPORT_HEADER}\nedit this file, not the studio topic (docs/decisions/012-studio-and-content-files.md).`;

export const topicFilePath = (topicId: string) => `topics/${topicId}.yaml`;
export const questionFilePath = (topicId: string) => `questions/${topicId}.yaml`;

/**
 * The files content:export writes, relative to the content folder: a topic file and a question file per
 * topic, and sources.yaml with the studio's articles that exported facts cite appended to `articles:`.
 * Pure: the existing sources.yaml text comes in, and only new entries are inserted, so its diff is those lines.
 */
export function exportedFiles(topics: readonly ExportedTopic[], articles: readonly ExportedArticle[], sourcesYaml: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const t of topics) {
    files.set(topicFilePath(t.topic.id), toContentYaml([["topic", t.topic], ["facts", t.facts], ["flashcards", t.flashcards]], header));
    if (t.questions.length > 0) files.set(questionFilePath(t.topic.id), toContentYaml([["questions", t.questions]], header));
  }
  if (articles.length > 0) files.set("sources.yaml", withArticles(sourcesYaml, articles));
  return files;
}

/** Inserts article entries at the end of the `articles:` list: after its last entry, before the comments that open `references:`. */
export function withArticles(sourcesYaml: string, articles: readonly ExportedArticle[]): string {
  const lines = sourcesYaml.replace(/\n*$/, "").split("\n");
  let end = lines.findIndex((l) => /^\S/.test(l) && !l.startsWith("#") && !l.startsWith("articles:"));
  if (end === -1) end = lines.length;
  while (end > 0 && (lines[end - 1]!.trim() === "" || lines[end - 1]!.startsWith("#"))) end--;
  const entries = articles.map((a) => articleEntryYaml(a));
  const inserted = entries.flatMap((e) => ["", e]);
  return `${[...lines.slice(0, end), ...inserted, ...lines.slice(end)].join("\n")}\n`;
}
