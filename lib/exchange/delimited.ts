/**
 * A small RFC 4180 reader for the text exports of Quizlet and Anki: tab, comma or semicolon separated,
 * quoted fields with doubled quotes and line breaks inside, CRLF or LF, an optional BOM, and Anki's
 * `#separator:` / `#tags column:` header lines. Each record keeps the line it starts on, so errors
 * can name the row a person sees in their editor.
 */
export type Delimiter = "\t" | "," | ";";

export interface DelimitedRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export interface DelimitedFile {
  delimiter: Delimiter;
  /** 1-based column holding tags, when an Anki header names one. */
  tagsColumn: number | null;
  /** Anki's `#html:true`: fields hold HTML rather than plain text. */
  html: boolean;
  records: DelimitedRecord[];
}

const SEPARATORS: Record<string, Delimiter> = { tab: "\t", comma: ",", semicolon: ";", "\t": "\t", ",": ",", ";": ";" };

export function readDelimited(input: string): DelimitedFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let pos = 0;
  let line = 1;
  let delimiter: Delimiter | null = null;
  let tagsColumn: number | null = null;
  let html = false;
  // Anki's header lines come first, each "#key:value".
  while (/^#[A-Za-z ]+:/.test(text.slice(pos, pos + 40))) {
    const end = nextLineEnd(text, pos);
    const header = text.slice(pos + 1, end).trim();
    const colon = header.indexOf(":");
    if (colon > 0) {
      const key = header.slice(0, colon).trim().toLowerCase();
      const value = header.slice(colon + 1).trim().toLowerCase();
      if (key === "separator" && SEPARATORS[value]) delimiter = SEPARATORS[value];
      if (key === "tags column" && /^\d+$/.test(value)) tagsColumn = Number(value);
      if (key === "html") html = value === "true";
    }
    pos = skipLineEnd(text, end);
    line += 1;
  }
  delimiter ??= guessDelimiter(text, pos);
  const records: DelimitedRecord[] = [];
  while (pos < text.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (text[pos] === '"') {
        pos += 1;
        for (;;) {
          const quote = text.indexOf('"', pos);
          if (quote === -1) {
            // An unclosed quote runs to the end of the file, as spreadsheets read it.
            value += text.slice(pos);
            line += countBreaks(text, pos, text.length);
            pos = text.length;
            break;
          }
          value += text.slice(pos, quote);
          line += countBreaks(text, pos, quote);
          pos = quote + 1;
          if (text[pos] === '"') {
            value += '"';
            pos += 1;
          } else break;
        }
        // Anything between the closing quote and the delimiter is kept, as lenient readers do.
        const rest = fieldEnd(text, pos, delimiter);
        value += text.slice(pos, rest);
        pos = rest;
      } else {
        const end = fieldEnd(text, pos, delimiter);
        value = text.slice(pos, end);
        pos = end;
      }
      fields.push(value);
      if (text[pos] === delimiter) {
        pos += 1;
        continue;
      }
      break;
    }
    pos = skipLineEnd(text, pos);
    line += 1;
    if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: start, fields });
  }
  return { delimiter, tagsColumn, html, records };
}

function fieldEnd(text: string, from: number, delimiter: Delimiter): number {
  let i = from;
  while (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") i += 1;
  return i;
}

function nextLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i += 1;
  return i;
}

function skipLineEnd(text: string, at: number): number {
  if (text[at] === "\r" && text[at + 1] === "\n") return at + 2;
  if (text[at] === "\r" || text[at] === "\n") return at + 1;
  return at;
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) n += 1;
  }
  return n;
}

/** Quizlet's default is a tab; spreadsheets write commas, some locales semicolons. The first line decides. */
function guessDelimiter(text: string, from: number): Delimiter {
  const first = text.slice(from, nextLineEnd(text, from)).replace(/"(?:[^"]|"")*"/g, "");
  if (first.includes("\t")) return "\t";
  if (first.includes(",")) return ",";
  if (first.includes(";")) return ";";
  return "\t";
}
