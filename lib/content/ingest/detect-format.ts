import type { SourceFormat } from "./types";
import { isWidgetLine } from "./boilerplate-patterns";
import { normalizeLines } from "./normalize";
import { isBullet, lineKey, wordCount } from "./text-lines";

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG = /<\/?(p|div|span|a|li|ul|ol|h[1-6]|br|article|section|main|header|footer|nav|meta|script|title)\b[^>]*>/gi;
const RELATIVE_TIME = /^(time)?\s*\d+\s*(minutes?|mins?|hours?|hrs?|days?)\s+ago$/i;
const APP_PROMO = /\b(download|install|get)\b.{0,30}\bapp\b|\bapp ?store\b|\bplay ?store\b|\bgoogle play\b/i;
// A publisher name glued to or followed by a date, as aggregators print the original outlet.
const OUTLET_DATE = /^\p{Lu}[\p{L}\p{N}&.' ]{1,40}?\s*[|,\u00B7-]?\s*(\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})$/u;

export type TextSignals = {
  menuLines: number;
  shortRuns: number;
  furniture: number;
  repeatedShort: number;
  relativeTimes: number;
  appPromo: boolean;
  outletDate: boolean;
};

export function textSignals(lines: string[]): TextSignals {
  const nonBlank = lines.filter((l) => l !== "");
  const counts = new Map<string, number>();
  for (const l of nonBlank) if (wordCount(l) <= 12) counts.set(lineKey(l), (counts.get(lineKey(l)) ?? 0) + 1);
  let shortRuns = 0;
  let run = 0;
  for (const l of nonBlank) {
    run = wordCount(l) <= 4 && !/[.!?]$/.test(l) ? run + 1 : 0;
    if (run === 6) shortRuns += 1;
  }
  return {
    menuLines: nonBlank.filter((l) => isBullet(l) && wordCount(l) <= 6).length,
    shortRuns,
    furniture: new Set(nonBlank.filter(isWidgetLine).map(lineKey)).size,
    repeatedShort: [...counts.values()].filter((c) => c > 1).length,
    relativeTimes: nonBlank.filter((l) => RELATIVE_TIME.test(l)).length,
    appPromo: nonBlank.some((l) => APP_PROMO.test(l)),
    outletDate: nonBlank.slice(0, 15).some((l) => OUTLET_DATE.test(l)),
  };
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format of an input, judged from its content only. Aggregator copies show feed furniture
 * (relative times, an outlet-plus-date line, app promotion); scraped pages show menus, widgets and
 * repeated lines; anything else is plain article text.
 */
export function detectFormat(text: string): SourceFormat {
  const trimmed = text.trimStart();
  // Broken JSON still goes to the JSON parser (to be reported as such), but prose may open with "[".
  if (trimmed.startsWith("{") || (trimmed.startsWith("[") && parsesAsJson(trimmed))) return "wordpress-json";
  if (HTML_START.test(trimmed) || (text.match(HTML_TAG)?.length ?? 0) >= 5) return "html";
  const s = textSignals(normalizeLines(text));
  const aggregator = Number(s.relativeTimes >= 2) + Number(s.appPromo) + Number(s.outletDate);
  if (aggregator >= 2) return "aggregator-text";
  if (s.menuLines >= 5 || s.shortRuns >= 1 || s.furniture >= 4 || (s.furniture >= 2 && s.repeatedShort >= 3)) {
    return "scraped-text";
  }
  return "plain-text";
}
