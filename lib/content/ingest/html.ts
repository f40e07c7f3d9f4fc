import { parse, type HTMLElement } from "node-html-parser";
import type { Paragraph, ParsedSource } from "./types";
import { cutAppendedStories } from "./appended-stories";
import { isDropLine, isEndMarker } from "./boilerplate-patterns";
import { findDate } from "./dates";
import { htmlBlocks } from "./html-blocks";
import { normalizeInline } from "./normalize";
import { hostOf } from "./publisher";
import { parseScrapedText } from "./scraped-text";
import { assertArticle } from "./text-article";
import { isProse, lineKey } from "./text-lines";

const FURNITURE_TAGS = "script,style,noscript,template,svg,iframe,form,nav,header,footer,aside,button,select";
// Class or id tokens that name page furniture; matched per token so "entry-content" is never caught by "nav".
const FURNITURE_NAME =
  /^(?:.*[-_])?(share|sharing|social|related|trending|comments?|sidebar|widget|newsletter|breadcrumbs?|byline|author|tags|popular|recommended|advert|ads|promo|cookie|menu|nav|navbar|navigation|footer|header|login|signup|subscribe)(?:[-_].*)?$/i;

function meta(root: HTMLElement, ...selectors: string[]): string | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href");
    if (value?.trim()) return normalizeInline(value);
  }
  return null;
}

/** JSON-LD `NewsArticle`/`Article` fields, when the page embeds them. */
function jsonLd(root: HTMLElement): { date: string | null; publisher: string | null } {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const items: unknown[] = [JSON.parse(script.rawText)].flat();
      for (const item of items) {
        if (typeof item !== "object" || item === null) continue;
        const rec = item as { datePublished?: unknown; publisher?: { name?: unknown } };
        const date = typeof rec.datePublished === "string" ? rec.datePublished : null;
        const publisher = typeof rec.publisher?.name === "string" ? rec.publisher.name : null;
        if (date || publisher) return { date, publisher };
      }
    } catch {
      // Broken JSON-LD is common; the meta tags are the fallback.
    }
  }
  return { date: null, publisher: null };
}

function stripFurniture(root: HTMLElement): void {
  root.querySelectorAll(FURNITURE_TAGS).forEach((el) => el.remove());
  root.querySelectorAll("[class],[id]").forEach((el) => {
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/).filter(Boolean);
    if (el.tagName !== "BODY" && el.tagName !== "ARTICLE" && names.some((n) => FURNITURE_NAME.test(n))) el.remove();
  });
}

/** The element holding most running text directly in its paragraphs (a readability-style guess). */
function mainContainer(body: HTMLElement): HTMLElement {
  const scores = new Map<HTMLElement, number>();
  for (const p of body.querySelectorAll("p")) {
    const words = normalizeInline(p.rawText).split(" ").length;
    if (words < 8) continue;
    const parent = p.parentNode;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + words);
    const grand = parent?.parentNode;
    // Three quarters to the grandparent, so an article split into <section>s beats each single section.
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + words * 0.75);
  }
  let best: [HTMLElement, number] = [body, 0];
  for (const entry of scores) if (entry[1] > best[1]) best = entry;
  return best[0];
}

function cleanBlocks(blocks: Paragraph[], title: string | null): Paragraph[] {
  const end = blocks.findIndex((b) => isEndMarker(b.text));
  const kept = (end >= 0 ? blocks.slice(0, end) : blocks).filter((b) => !isDropLine(b.text));
  const rest = title && kept[0] && lineKey(kept[0].text) === lineKey(title) ? kept.slice(1) : kept;
  return cutAppendedStories(rest, title);
}

/** A raw HTML page. Metadata comes from meta tags and JSON-LD; text from the main content container. */
export function parseHtml(html: string): ParsedSource {
  const root = parse(html, { comment: false });
  const ld = jsonLd(root);
  const url = meta(root, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const h1 = root.querySelector("h1");
  const pageTitle = root.querySelector("title");
  const title =
    meta(root, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    (h1 ? normalizeInline(h1.rawText) || null : null) ??
    (pageTitle ? normalizeInline(pageTitle.rawText).replace(/\s+[|\u00B7-]\s+[^|\u00B7-]+$/, "") : null);
  const published =
    meta(root, 'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', "time[datetime]") ??
    ld.date;
  const publisher = meta(root, 'meta[property="og:site_name"]') ?? ld.publisher ?? hostOf(url);

  const body = root.querySelector("body") ?? root;
  stripFurniture(body);
  let paragraphs = cleanBlocks(htmlBlocks(mainContainer(body)), title);
  if (!paragraphs.some((p) => isProse(p.text))) {
    // Text held in bare <div>s and <br>s: fall back to the line-based pipeline.
    paragraphs = parseScrapedText(body.structuredText).paragraphs;
  }
  assertArticle(paragraphs);
  return {
    format: "html",
    title: title || null,
    publisher: publisher || null,
    url: url && hostOf(url) ? url : null,
    publishedAt: published ? (findDate(published)?.iso ?? null) : null,
    paragraphs,
  };
}
