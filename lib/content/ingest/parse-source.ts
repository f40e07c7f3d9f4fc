import type { ParsedSource } from "./types";
import { detectFormat } from "./detect-format";
import { parseHtml } from "./html";
import { parsePlainText } from "./plain-text";
import { parseAggregatorText, parseScrapedText } from "./scraped-text";
import { decodeInput } from "./text-input";
import { parseWordPressJson } from "./wordpress-json";

const PARSERS = {
  "plain-text": parsePlainText,
  "wordpress-json": parseWordPressJson,
  html: parseHtml,
  "scraped-text": parseScrapedText,
  "aggregator-text": parseAggregatorText,
} as const;

/** Raw file content to one parsed article. Throws IngestInputError when the content holds no article. */
export function parseSource(content: Buffer | string): ParsedSource {
  const text = decodeInput(content);
  return PARSERS[detectFormat(text)](text);
}
