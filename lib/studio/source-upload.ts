import { parse } from "node-html-parser";
import { ingestFiles } from "@/lib/content/ingest/ingest";
import { groupDuplicates } from "@/lib/content/ingest/dedupe";
import { containment, shingles } from "@/lib/content/ingest/shingles";
import { decodeInput } from "@/lib/content/ingest/text-input";
import { normalizeInline, normalizeLines } from "@/lib/content/ingest/normalize";
import { lineKey } from "@/lib/content/ingest/text-lines";
import type { IngestedArticle, Paragraph } from "@/lib/content/ingest/types";

/** Larger than any article we cite; a bigger file is a whole page dump or the wrong file. */
export const MAX_ARTICLE_BYTES = 200 * 1024;
export const UPLOAD_EXTENSIONS = [".txt", ".html", ".htm", ".json"] as const;

export type UploadInput = { fileName: string | null; content: Buffer | string };

export type SourceAnalysis = {
  article: IngestedArticle;
  /** Non-empty lines of the input that did not become paragraphs: boilerplate, appended stories, title. */
  removed: string[];
};

/** A problem with the upload itself, worded for the person who chose the file. */
export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UploadError";
  }
}

function byteLength(content: Buffer | string): number {
  return typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.length;
}

/** Text lines as a reader would see them, whatever the format: tags dropped, JSON post fields read. */
function visibleLines(text: string): string[] {
  let body = text;
  if (/^\s*\{/.test(text)) {
    try {
      const post = JSON.parse(text) as Record<string, { rendered?: unknown } | undefined>;
      body = ["title", "content", "excerpt"].map((k) => String(post[k]?.rendered ?? "")).join("\n");
    } catch {
      // not JSON after all: treat it as text
    }
  }
  if (/<[a-z!/][^>]*>/i.test(body)) {
    const root = parse(body.replace(/<\/(p|div|li|h[1-6]|tr|section|article|header|footer|nav)>|<br\s*\/?>/gi, "$&\n"), { comment: false });
    root.querySelectorAll("script, style, noscript").forEach((n) => n.remove());
    body = root.textContent;
  }
  return normalizeLines(body).map((l) => l.trim()).filter((l) => l !== "");
}

/**
 * Runs an uploaded or pasted article through the same ingest code as `npm run ingest` and lists what
 * the cleaner removed, so an editor can catch a paragraph dropped by mistake. Throws UploadError for
 * input that cannot be an article: wrong extension, too large, empty, binary, or no article inside.
 */
export function analyseSource({ fileName, content }: UploadInput): SourceAnalysis {
  if (fileName !== null) {
    const lower = fileName.toLowerCase();
    if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
      throw new UploadError(`${fileName}: unknown format; upload a .txt, .html or WordPress .json file, or paste the text`);
    }
  }
  const name = fileName ?? "pasted text";
  const size = byteLength(content);
  if (size > MAX_ARTICLE_BYTES) throw new UploadError(`${name} is ${Math.ceil(size / 1024)} kB; an article can be at most 200 kB`);
  if (size === 0) throw new UploadError(`${name} is empty`);
  const { articles, errors } = ingestFiles([{ file: name, content }]);
  const article = articles[0];
  if (!article) throw new UploadError(errors[0]?.message ? `${name}: ${errors[0].message}` : `${name}: no article found`);
  const kept = new Set(article.paragraphs.map((p) => lineKey(p.text)));
  const text = decodeInput(content);
  const removed = visibleLines(text).filter((line) => !kept.has(lineKey(normalizeInline(line))));
  return { article, removed };
}

export type StoredBody = { id: string; paragraphs: Paragraph[] };
export type SameStory = { articleId: string; shared: number; byId: boolean };

const body = (paragraphs: Paragraph[]) => paragraphs.filter((p) => !p.heading).map((p) => p.text).join("\n");

/**
 * The stored article this one is a copy of, by the CLI's own rule (groupDuplicates: shingle containment
 * over the threshold), or one registered under the same id whose text was never stored. Null when new.
 */
export function findSameStory(article: IngestedArticle, stored: readonly StoredBody[], registeredIds: readonly string[]): SameStory | null {
  const mine = body(article.paragraphs);
  let best: SameStory | null = null;
  for (const other of stored) {
    const theirs = body(other.paragraphs);
    const groups = groupDuplicates([
      { key: "\u0000new", body: mine },
      { key: other.id, body: theirs },
    ]);
    if (groups.length !== 1) continue;
    const shared = containment(shingles(mine), shingles(theirs));
    if (best === null || shared > best.shared) best = { articleId: other.id, shared, byId: false };
  }
  if (best === null && registeredIds.includes(article.id)) return { articleId: article.id, shared: 0, byId: true };
  return best;
}
