import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import { questionSchema, type Question } from "./question-schema";
import {
  contentFileSchema,
  lineAt,
  sourcesFileSchema,
  timelineFileSchema,
  type ContentError,
  type ContentFile,
  type Located,
  type SourcesFile,
  type TimelineFile,
} from "./schema";

export type QuestionFile = { questions: Question[] };

/** Everything that parsed and validated; files with errors are left out and reported instead. */
export type LoadedContent = {
  sources: Located<SourcesFile> | null;
  /** Optional: a content folder without timeline.yaml simply has no timeline. */
  timeline?: Located<TimelineFile> | null;
  topics: Located<ContentFile>[];
  questions: Located<QuestionFile>[];
};

export type ParseResult<T> = { value: Located<T> | null; errors: ContentError[] };

const questionFileSchema = z.strictObject({ questions: z.array(questionSchema) });

type Normalise = (data: unknown, lines: Record<string, number>) => { data: unknown; lines: Record<string, number> };

// A question file may also be a bare list; wrap it so data and line paths match `questions: [...]`.
const wrapBareQuestionList: Normalise = (data, lines) => {
  if (!Array.isArray(data)) return { data, lines };
  const wrapped: Record<string, number> = { "": 1, questions: 1 };
  for (const [path, line] of Object.entries(lines)) if (path !== "") wrapped[`questions.${path}`] = line;
  return { data: { questions: data }, lines: wrapped };
};

function collectLines(node: unknown, path: string, counter: LineCounter, out: Record<string, number>): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const childPath = path === "" ? String(pair.key.value) : `${path}.${String(pair.key.value)}`;
      // The key's line, not the value's: a block value starts on the line after its key.
      const start = (pair.key as Node).range?.[0];
      if (start !== undefined) out[childPath] = counter.linePos(start).line;
      collectLines(pair.value, childPath, counter, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const childPath = path === "" ? String(i) : `${path}.${i}`;
      const start = (item as Node | null)?.range?.[0];
      if (start !== undefined) out[childPath] = counter.linePos(start).line;
      collectLines(item, childPath, counter, out);
    });
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, key) => (typeof key === "number" ? `${s}[${key}]` : s === "" ? String(key) : `${s}.${String(key)}`), "");
}

/** Parses YAML text and validates it with `schema`; pure, so tests can feed it strings. */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  normalise?: Normalise,
): ParseResult<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      value: null,
      errors: doc.errors.map((e) => ({ file, line: counter.linePos(e.pos[0]).line, message: `YAML syntax: ${e.message.split("\n")[0]}` })),
    };
  }
  const rawLines: Record<string, number> = { "": 1 };
  collectLines(doc.contents, "", counter, rawLines);
  const { data, lines } = normalise ? normalise(doc.toJS(), rawLines) : { data: doc.toJS() as unknown, lines: rawLines };
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: { file, data: parsed.data, lines }, errors: [] };
  const errors = parsed.error.issues.map((issue) => {
    // Point at the offending key itself, not at the map that holds it.
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const where = formatPath(issue.path);
    return { file, line: lineAt(lines, path), message: where === "" ? issue.message : `${where}: ${issue.message}` };
  });
  return { value: null, errors };
}

export const parseSourcesFile = (file: string, text: string) => parseYamlFile(file, text, sourcesFileSchema);
export const parseTopicFile = (file: string, text: string) => parseYamlFile(file, text, contentFileSchema);
export const parseTimelineFile = (file: string, text: string) => parseYamlFile(file, text, timelineFileSchema);
export const parseQuestionFile = (file: string, text: string): ParseResult<QuestionFile> =>
  parseYamlFile(file, text, questionFileSchema, wrapBareQuestionList);

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort();
}

/**
 * Reads `<dir>/sources.yaml`, `<dir>/topics/*.yaml` and, if present, `<dir>/timeline.yaml` and
 * `<dir>/questions/*.yaml`.
 * The only function here that touches the file system. Error file names are `<dir>/<relative path>`.
 */
export function loadContent(dir: string): { content: LoadedContent; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const content: LoadedContent = { sources: null, topics: [], questions: [] };

  const sourcesPath = join(dir, "sources.yaml");
  if (existsSync(sourcesPath)) {
    const result = parseSourcesFile(sourcesPath, readFileSync(sourcesPath, "utf8"));
    content.sources = result.value;
    errors.push(...result.errors);
  } else {
    errors.push({ file: sourcesPath, line: 1, message: "sources.yaml is missing" });
  }

  const timelinePath = join(dir, "timeline.yaml");
  if (existsSync(timelinePath)) {
    const result = parseTimelineFile(timelinePath, readFileSync(timelinePath, "utf8"));
    content.timeline = result.value;
    errors.push(...result.errors);
  }

  for (const name of yamlFilesIn(join(dir, "topics"))) {
    const path = join(dir, "topics", name);
    const result = parseTopicFile(path, readFileSync(path, "utf8"));
    if (result.value) content.topics.push(result.value);
    errors.push(...result.errors);
  }

  for (const name of yamlFilesIn(join(dir, "questions"))) {
    const path = join(dir, "questions", name);
    const result = parseQuestionFile(path, readFileSync(path, "utf8"));
    if (result.value) content.questions.push(result.value);
    errors.push(...result.errors);
  }

  return { content, errors };
}
