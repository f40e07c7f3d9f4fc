import { createHash } from "node:crypto";
import { decodeHTMLStrict } from "entities";

/** Anki fields are HTML; our cards are plain text with line breaks. Media is not carried over. */
export function fromAnkiHtml(html: string): string {
  const text = html
    .replace(/<br\s*\/?>|<\/(div|p|li|h[1-6]|tr)>/gi, "\n")
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/\[sound:[^\]]*\]/g, "");
  return decodeHTMLStrict(text)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** An image, sound or video in an Anki field: `<img src=…>`, `[sound:…]`, `<audio>`/`<video>`/`<object>`. */
const MEDIA = /<(img|audio|video|source|object|embed)\b[^>]*>|\[sound:[^\]]+\]/i;

/** Whether a field refers to a media file; we import text only, and the preview says so. */
export function referencesMedia(html: string): boolean {
  return MEDIA.test(html);
}

export function toAnkiHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}

/** What makes two cards "the same" for duplicates: case, spacing and Unicode form are ignored. */
export function normalizeSide(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** The idempotency key of a card read from text (CSV): the same card in any later file maps to it. */
export function textImportKey(kind: "basic" | "cloze", front: string, back: string): string {
  const digest = createHash("sha256").update(`${kind}\n${normalizeSide(front)}\n${normalizeSide(back)}`).digest("base64url");
  return `text:${digest.slice(0, 32)}`;
}

/** The idempotency key of one card of an Anki note: the note's guid and the card's template or cloze number. */
export function ankiImportKey(guid: string, ord: number): string {
  return `anki:${guid}:${ord}`;
}

const DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export interface ClozeCard {
  /** Anki's cloze number (c1 → 1); the card's `ord` is this minus one. */
  number: number;
  /** The text with this deletion as our one `{{c1::answer}}` and every other deletion shown. */
  front: string;
  answer: string;
}

/** Anki makes one card per cloze number; we keep one deletion per card, so each becomes its own card. */
export function splitCloze(text: string): ClozeCard[] {
  const numbers = [...new Set([...text.matchAll(DELETION)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  return numbers.map((n) => {
    const answers: string[] = [];
    const front = text.replace(DELETION, (_all, num: string, answer: string) => {
      if (Number(num) !== n) return answer;
      answers.push(answer.trim());
      return `{{c1::${answer.trim()}}}`;
    });
    return { number: n, front, answer: answers.join(" … ") };
  });
}

export function hasCloze(text: string): boolean {
  return /\{\{c\d+::/.test(text);
}
