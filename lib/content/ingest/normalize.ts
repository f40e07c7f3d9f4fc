import { decodeHTMLStrict } from "entities";

/*
 * Typography rules, applied to every piece of text the pipeline emits:
 * - HTML entities are decoded (text formats too: scraped pages often keep `&amp;` and `&#8217;`).
 *   Only terminated references count, so "&copyright" or "AT&T" in prose stay as written.
 * - Curly single quotes, primes and modifier apostrophes become `'`; curly double quotes,
 *   double primes and guillemets become `"`.
 * - An en dash or figure dash written tight between two non-space characters is a range or a
 *   compound ("India–Korea", "2024–25") and becomes `-`. A spaced en dash, and every em dash or
 *   horizontal bar, is a parenthetical dash and becomes ` - `. Unicode hyphens and minus signs become `-`.
 * - Non-breaking and other fixed-width spaces become a plain space; zero-width characters and
 *   soft hyphens are removed; `…` becomes `...`; runs of spaces collapse to one.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const TIGHT_EN_DASH = /(?<=\S)[\u2012\u2013](?=\S)/g;
const SPACED_DASH = /\s*[\u2012\u2013\u2014\u2015]\s*/g;
const HYPHENS = /[\u2010\u2011\u2212\uFE63\uFF0D]/g;
const WIDE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Decodes HTML character references; text without any reference is returned unchanged. */
export function decodeEntities(text: string): string {
  return ENTITY.test(text) ? decodeHTMLStrict(text) : text;
}

/** Normalises one line (or inline run) of text: entities, quotes, dashes, spaces. Newlines become spaces. */
export function normalizeInline(text: string): string {
  return decodeEntities(text)
    .normalize("NFC")
    .replace(INVISIBLES, "")
    .replace(WIDE_SPACES, " ")
    .replace(/[\r\n]+/g, " ")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(TIGHT_EN_DASH, "-")
    .replace(SPACED_DASH, " - ")
    .replace(HYPHENS, "-")
    .replace(/\u2026/g, "...")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Splits text into normalised lines, keeping empty lines so paragraph breaks survive. */
export function normalizeLines(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").split("\n").map(normalizeInline);
}
