import type { IngestedArticle, IngestError, IngestInput, IngestResult, ParsedSource } from "./types";
import { IngestInputError, SOURCE_FORMATS } from "./types";
import { candidateFacts } from "./candidate-facts";
import { groupDuplicates } from "./dedupe";
import { parseSource } from "./parse-source";
import { slugify } from "./slug";
import { lineKey } from "./text-lines";

const UNKNOWN = "unknown";

type Parsed = { file: string; name: string; source: ParsedSource };

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical order inside a duplicate group: format preference, then file name. */
function byPreference(a: Parsed, b: Parsed): number {
  return SOURCE_FORMATS.indexOf(a.source.format) - SOURCE_FORMATS.indexOf(b.source.format) || compare(a.name, b.name) || compare(a.file, b.file);
}

function bodyText(source: ParsedSource): string {
  // Headings are left out: one copy of an article may print them and another not.
  return source.paragraphs.filter((p) => !p.heading).map((p) => p.text).join("\n");
}

function fallbackId(source: ParsedSource): string {
  const first = source.paragraphs.find((p) => !p.heading)?.text ?? "";
  return `untitled-${slugify(first.split(/\s+/).slice(0, 8).join(" "))}`;
}

function mergeGroup(members: Parsed[]): Omit<IngestedArticle, "id"> & { baseId: string } {
  const ranked = [...members].sort(byPreference);
  const canonical = ranked[0];
  if (!canonical) throw new Error("empty duplicate group");
  const title = canonical.source.title ?? ranked.find((m) => m.source.title)?.source.title ?? null;
  const first = canonical.source.paragraphs[0];
  // A plain-text copy may open with the headline that only another copy identified as the title.
  const paragraphs =
    title && first && lineKey(first.text) === lineKey(title) ? canonical.source.paragraphs.slice(1) : canonical.source.paragraphs;
  const sources = [...members]
    .sort((a, b) => compare(a.name, b.name) || compare(a.file, b.file))
    .map(({ name, source }) => ({
      file: name,
      publisher: source.publisher ?? UNKNOWN,
      url: source.url ?? UNKNOWN,
      publishedAt: source.publishedAt ?? UNKNOWN,
    }));
  return {
    baseId: title ? slugify(title) || fallbackId(canonical.source) : fallbackId(canonical.source),
    title: title ?? UNKNOWN,
    sources,
    paragraphs,
    candidateFacts: candidateFacts(paragraphs),
  };
}

/**
 * Parses raw article files, merges near-duplicate copies of one article, and returns one article per
 * distinct body plus one error per file that could not be read as an article. Pure: the same inputs
 * always give the same output, whatever their order.
 */
export function ingestFiles(inputs: IngestInput[]): IngestResult {
  const parsed: Parsed[] = [];
  const errors: IngestError[] = [];
  const seen = new Set<string>();
  for (const { file, content } of inputs) {
    if (seen.has(file)) continue;
    seen.add(file);
    try {
      parsed.push({ file, name: baseName(file), source: parseSource(content) });
    } catch (e) {
      const message = e instanceof IngestInputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      errors.push({ file, message });
    }
  }
  const byKey = new Map(parsed.map((p) => [`${p.name}\u0000${p.file}`, p]));
  const groups = groupDuplicates([...byKey].map(([key, p]) => ({ key, body: bodyText(p.source) })));
  const merged = groups
    .map((keys) => mergeGroup(keys.flatMap((k) => byKey.get(k) ?? [])))
    .sort((a, b) => compare(a.baseId, b.baseId) || compare(a.sources[0]?.file ?? "", b.sources[0]?.file ?? ""));
  const used = new Set<string>();
  const articles = merged.map(({ baseId, ...rest }) => {
    let id = baseId;
    for (let n = 2; used.has(id); n++) id = `${baseId}-${n}`;
    used.add(id);
    return { id, ...rest };
  });
  return { articles, errors: errors.sort((a, b) => compare(a.file, b.file)) };
}

/** The bytes written for one article: two-space JSON with a final newline. */
export function serializeArticle(article: IngestedArticle): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
