import { parse } from "node-html-parser";
import { z } from "zod";
import type { Paragraph, ParsedSource } from "./types";
import { IngestInputError } from "./types";
import { isDropLine, isEndMarker } from "./boilerplate-patterns";
import { findDate } from "./dates";
import { htmlBlocks } from "./html-blocks";
import { normalizeInline } from "./normalize";
import { hostOf } from "./publisher";
import { assertArticle } from "./text-article";

const rendered = (field: string) =>
  z.object({ rendered: z.string({ error: `${field}.rendered must be a string` }) }, { error: `${field}.rendered is missing` });

const WordPressPost = z.object({
  title: rendered("title"),
  content: rendered("content"),
  date: z.string().optional(),
  date_gmt: z.string().optional(),
  link: z.string().optional(),
  yoast_head_json: z.object({ og_site_name: z.string().optional() }).optional().catch(undefined),
});
type WordPressPost = z.infer<typeof WordPressPost>;

function readPost(text: string): WordPressPost {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new IngestInputError(`invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (Array.isArray(data)) {
    // The REST API answers list queries (e.g. ?slug=) with an array; one element is still one post.
    if (data.length !== 1) throw new IngestInputError(`JSON array of ${data.length} items; expected one WordPress post object`);
    data = data[0];
  }
  if (typeof data !== "object" || data === null) throw new IngestInputError("JSON is not a WordPress post object");
  const post = WordPressPost.safeParse(data);
  if (!post.success) {
    throw new IngestInputError(`JSON is not a WordPress post: ${[...new Set(post.error.issues.map((i) => i.message))].join("; ")}`);
  }
  return post.data;
}

// Exam-prep sites open with "Syllabus: GS2/..." and close with "Source: <outlet>": metadata, not text.
const SYLLABUS = /^syllabus\s*:/i;
const ATTRIBUTION = /^(source|sources|credit|credits|courtesy|image source|photo)\s*:\s*\S.{0,60}$/i;

/** Content paragraphs of a post body, without metadata lines, furniture, or whatever follows an end marker. */
export function postParagraphs(html: string): Paragraph[] {
  const blocks = htmlBlocks(parse(html, { comment: false }));
  const end = blocks.findIndex((b) => isEndMarker(b.text));
  const kept = (end >= 0 ? blocks.slice(0, end) : blocks).filter(
    (b, i) => !(i === 0 && SYLLABUS.test(b.text)) && !ATTRIBUTION.test(b.text) && !isDropLine(b.text),
  );
  while (kept.length > 0 && kept[kept.length - 1]?.heading) kept.pop();
  return kept;
}

/** One WordPress REST API post object (`/wp-json/wp/v2/posts/<id>`). */
export function parseWordPressJson(text: string): ParsedSource {
  const post = readPost(text);
  const title = normalizeInline(parse(post.title.rendered).rawText) || null;
  const url = post.link && hostOf(post.link) ? post.link : null;
  const paragraphs = postParagraphs(post.content.rendered);
  assertArticle(paragraphs);
  return {
    format: "wordpress-json",
    title,
    publisher: post.yoast_head_json?.og_site_name?.trim() || hostOf(url),
    url,
    publishedAt: findDate(post.date ?? post.date_gmt ?? "")?.iso ?? null,
    paragraphs,
  };
}
