import { findDate } from "./dates";
import { isBullet, wordCount } from "./text-lines";

const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)\.?(?:\s*all rights reserved\.?)?$/i;

function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** "www.example.co.uk" -> "example.co.uk"; null for anything that is not an http(s) URL. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
}

/**
 * A scraped site's own name. The copyright line names it (often as a domain); a short masthead line
 * spelling the same name readably ("Today News" for "Todaynews.com") is preferred when there is one.
 */
export function siteBrand(lines: string[]): string | null {
  const copyright = lines.map((l) => COPYRIGHT.exec(l)?.[1]?.trim()).find((name) => name && wordCount(name) <= 5) ?? null;
  if (!copyright) return null;
  const stem = compact(copyright.replace(/^www\./i, "").replace(/\.[a-z]{2,6}(\.[a-z]{2})?$/i, ""));
  const masthead = lines.find((l) => !isBullet(l) && wordCount(l) <= 4 && /^\p{Lu}/u.test(l) && compact(l) === stem);
  return masthead ?? copyright.replace(/^www\./i, "");
}

/** The outlet an aggregator credits: "Outlet14-07-2025", "Outlet | 14 July 2025", "Source: Outlet". */
export function creditedOutlet(header: string[]): string | null {
  for (const line of header) {
    const explicit = /^(?:source|via|originally published (?:by|in|on))\s*:?\s+(\p{Lu}[\p{L}\p{N}&.' ]{1,40})$/iu.exec(line);
    if (explicit?.[1]) return explicit[1].trim();
    const date = findDate(line);
    if (date && date.index > 0) {
      const name = line.slice(0, date.index).replace(/[\s|,\u00B7-]+$/, "");
      if (/^\p{Lu}/u.test(name) && wordCount(name) <= 5 && !/\d/.test(name) && !/^(published|posted|updated|on)\b/i.test(name)) return name;
    }
  }
  return null;
}

/** The aggregator's own name, from its app promotion ("Download Foo app") or copyright line. */
export function aggregatorName(lines: string[]): string | null {
  for (const line of lines) {
    const m = /\b(?:download|install|get)\s+(?:the\s+)?([\p{L}\p{N}]+)\s+app\b/iu.exec(line);
    if (m?.[1] && !/^(the|our|this|free|mobile)$/i.test(m[1])) return m[1];
  }
  return siteBrand(lines);
}
