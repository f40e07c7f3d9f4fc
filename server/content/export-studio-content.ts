import "server-only";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Db } from "@/server/db";
import { checkContent } from "@/lib/content/check-content";
import { checkQuality } from "@/lib/content/check-quality";
import { EXPORT_HEADER, exportedFiles, type ExportedArticle, type ExportedTopic } from "@/lib/content/export-content";
import { loadContent } from "@/lib/content/load-content";
import { isArticleCitation, type Citation } from "@/lib/content/schema";

export type ExportResult = { topics: { id: string; version: number }[]; files: string[]; warnings: string[] };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Drops null columns: content/ leaves an absent optional field out rather than writing null. */
const present = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));

/**
 * The published public catalogue written in the studio, read from the live rows a publish wrote (never
 * a draft), in content order. Teachers' private topics are never exported.
 */
async function readPublishedStudioContent(db: Db) {
  const studio = await db.studioTopic.findMany({ where: { ownerId: null, publishedVersion: { not: null } }, select: { id: true, version: true, publishedVersion: true } });
  const live = await db.topic.findMany({ where: { id: { in: studio.map((s) => s.id) }, origin: "studio", ownerId: null, retiredAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }] });
  const warnings: string[] = [];
  const topics: ExportedTopic[] = [];
  for (const t of live) {
    const meta = studio.find((s) => s.id === t.id)!;
    if (meta.version > (meta.publishedVersion ?? 0)) {
      warnings.push(`topic ${t.id}: version ${meta.version} in the studio was not published; only published version ${meta.publishedVersion} is exported (the rest stays in its studio history)`);
    }
    const [facts, cards, questions] = [
      await db.fact.findMany({ where: { topicId: t.id, retiredAt: null }, orderBy: { order: "asc" } }),
      await db.flashcard.findMany({ where: { topicId: t.id, retiredAt: null }, orderBy: { order: "asc" } }),
      await db.question.findMany({ where: { topicIds: { has: t.id }, origin: "studio", retiredAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }] }),
    ];
    topics.push({
      topic: { id: t.id, title: t.title, summary: t.summary, whyItMatters: t.whyItMatters, syllabusTags: t.syllabusTags, relatedTopics: t.relatedTopics, asOf: isoDay(t.asOf), order: t.order },
      facts: facts.map((f) =>
        present({ id: f.id, statement: f.statement, value: f.value, sources: f.sources, asOf: f.asOf && isoDay(f.asOf), status: f.status, supersededBy: f.supersededBy, note: f.note }),
      ),
      flashcards: cards.map((c) => present({ id: c.id, factIds: c.factIds, kind: c.kind, front: c.front, back: c.back, hint: c.hint })),
      questions: questions.map((q) => q.data as Record<string, unknown>),
    });
  }
  const cited = new Set(topics.flatMap((t) => t.facts.flatMap((f) => (f.sources as Citation[]).filter(isArticleCitation).map((s) => s.article))));
  const studioArticles = await db.article.findMany({ where: { id: { in: [...cited] }, origin: "studio" }, orderBy: { id: "asc" } });
  const articles: ExportedArticle[] = studioArticles.map((a) => ({
    id: a.id,
    label: a.title,
    paragraphCount: a.paragraphCount,
    sources: (a.sources as { publications: Record<string, unknown>[] }).publications,
  }));
  return { topics, articles, warnings, versions: live.map((t) => ({ id: t.id, version: studio.find((s) => s.id === t.id)!.publishedVersion! })) };
}

/**
 * `npm run content:export`: writes the published public studio topics into `dir` in the repository's YAML
 * format. The result is first written to a copy of `dir` and checked with every content:check rule; on any
 * problem nothing is written and the problems are thrown. Exported topics are then marked, so the studio
 * refuses further edits to them: content/ is their source from now on (note 012), and the next sync adopts
 * their rows without changing them.
 */
export async function exportStudioContent(db: Db, dir: string): Promise<ExportResult> {
  const { topics, articles, warnings, versions } = await readPublishedStudioContent(db);
  const sourcesPath = join(dir, "sources.yaml");
  const files = exportedFiles(topics, articles, existsSync(sourcesPath) ? readFileSync(sourcesPath, "utf8") : "articles:\n");
  for (const path of files.keys()) {
    const target = join(dir, path);
    if (path !== "sources.yaml" && existsSync(target) && !readFileSync(target, "utf8").startsWith(`# ${EXPORT_HEADER}`)) {
      throw new Error(`${target} exists and was not written by content:export; rename the studio topic or move that file`);
    }
  }

  const staging = mkdtempSync(join(tmpdir(), "dossier-export-"));
  try {
    if (existsSync(dir)) cpSync(dir, staging, { recursive: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
    const { content, errors } = loadContent(staging);
    const integrity = [...errors, ...checkContent(content)];
    const problems = [...integrity, ...(integrity.length === 0 ? checkQuality(content).errors : [])];
    if (problems.length > 0) {
      const lines = problems.slice(0, 20).map((p) => `  ${p.file}:${p.line}: ${p.message}`.replaceAll(staging, dir));
      throw new Error(`the export would leave ${problems.length} content:check problem(s), so nothing was written:\n${lines.join("\n")}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const { id, version } of versions) await db.studioTopic.update({ where: { id }, data: { exportedVersion: version } });
  return { topics: versions, files: [...files.keys()].map((p) => join(dir, p)), warnings };
}
