import type { ParsedSource } from "./types";
import { extractTextBody, finishParagraphs } from "./text-article";
import { firstLineTitle, headerDate, headerUrl } from "./text-metadata";

/** Plain article text: the title is its first line when that line is headline-shaped; no publisher. */
export function parsePlainText(text: string): ParsedSource {
  const { split, paragraphs } = extractTextBody(text);
  const title = firstLineTitle(split.header);
  return {
    format: "plain-text",
    title,
    publisher: null,
    url: headerUrl(split.header),
    publishedAt: headerDate(split.header, title),
    paragraphs: finishParagraphs(paragraphs, title),
  };
}
