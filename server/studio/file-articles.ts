import "server-only";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ingestFiles } from "@/lib/content/ingest/ingest";

let cache: { dir: string; texts: { id: string; text: string }[] } | undefined;

/**
 * The articles content/ was written from (ARTICLES_DIR, beside the repository), ingested by the same code
 * as `npm run ingest`, so their ids are the ids content/sources.yaml registers. Their text is not in the
 * database unless someone uploads a copy in the studio, yet copying from them is just as much a copy:
 * the studio's copy check reads them here, as copycheck.py does. Read once per process; none when absent.
 */
export function fileArticleTexts(dir: string): { id: string; text: string }[] {
  const path = resolve(dir);
  if (cache?.dir === path) return cache.texts;
  const files = existsSync(path) ? readdirSync(path).filter((f) => !f.endsWith(".md")).sort() : [];
  const { articles } = ingestFiles(files.map((f) => ({ file: join(path, f), content: readFileSync(join(path, f)) })));
  cache = { dir: path, texts: articles.map((a) => ({ id: a.id, text: a.paragraphs.map((p) => p.text).join("\n") })) };
  return cache.texts;
}
