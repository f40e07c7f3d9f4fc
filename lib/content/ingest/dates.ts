/** Finding publication dates written in the common web formats; results are ISO `YYYY-MM-DD`. */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";

type Match = { iso: string; index: number; length: number };
type Reader = { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null };

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3))) + 1;
}

const READERS: Reader[] = [
  { re: /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, "gi"),
    read: (m) => [Number(m[3]), monthIndex(m[1] ?? ""), Number(m[2])],
  },
  {
    re: new RegExp(`(?<!\\d)${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}\\b`, "gi"),
    read: (m) => [Number(m[3]), monthIndex(m[2] ?? ""), Number(m[1])],
  },
  {
    // Numeric dates are read day-first (the common order outside the US) unless only month-first is valid.
    re: /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)/g,
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a <= 12 && b > 12 ? [Number(m[3]), a, b] : [Number(m[3]), b, a];
    },
  },
];

function toIso([y, mo, d]: [number, number, number]): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The earliest calendar date written in `text`, or null. */
export function findDate(text: string): Match | null {
  let best: Match | null = null;
  for (const { re, read } of READERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m);
      const iso = parts && toIso(parts);
      if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
    }
  }
  return best;
}

const DATE_LINE_EXTRAS =
  /\b(published|posted|updated|last|modified|on|at|date|ist|gmt|utc|am|pm|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\d{1,2}:\d{2}|[|:,\-\u00B7]/gi;

/** A line that is only a date (plus words like "Published on" or a time of day). */
export function isDateLine(line: string): boolean {
  const found = findDate(line);
  if (!found) return false;
  const rest = (line.slice(0, found.index) + " " + line.slice(found.index + found.length)).replace(DATE_LINE_EXTRAS, " ");
  return rest.trim() === "";
}
