import type { ParsedSource } from "./types";
import { aggregatorName, creditedOutlet, siteBrand } from "./publisher";
import { extractTextBody, finishParagraphs } from "./text-article";
import { headerDate, headerUrl, scoredTitle } from "./text-metadata";

/** Text copied from a site's HTML page: the publisher is the site itself. */
export function parseScrapedText(text: string): ParsedSource {
  const { split, lines, paragraphs } = extractTextBody(text);
  const title = scoredTitle(split.header, paragraphs.map((p) => p.text).join("\n"));
  return {
    format: "scraped-text",
    title,
    publisher: siteBrand(lines),
    url: headerUrl(split.header),
    publishedAt: headerDate(split.header, title),
    paragraphs: finishParagraphs(paragraphs, title),
  };
}

/** Text from an aggregator: the publisher is the credited outlet, "via" the aggregator when it names itself. */
export function parseAggregatorText(text: string): ParsedSource {
  const { split, lines, paragraphs } = extractTextBody(text);
  const title = scoredTitle(split.header, paragraphs.map((p) => p.text).join("\n"));
  const outlet = creditedOutlet(split.header);
  const aggregator = aggregatorName(lines);
  const publisher = outlet && aggregator && outlet !== aggregator ? `${outlet} via ${aggregator}` : (outlet ?? aggregator);
  return {
    format: "aggregator-text",
    title,
    publisher,
    url: headerUrl(split.header),
    publishedAt: headerDate(split.header, title),
    paragraphs: finishParagraphs(paragraphs, title),
  };
}
