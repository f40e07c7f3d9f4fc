/** How an answer is laid out: one line of text, or a list when the author separated items. */
export type AnswerLayout = { kind: "text"; text: string } | { kind: "list"; items: string[] };

const BULLET = /^(?:[-*•]|\d+[.)])\s+/;

/**
 * Answers written as several lines, or as items joined by "; ", read better as a list. A single "; "
 * inside brackets (an aside) does not split, so "X (signed 2009; in force 2010)" stays one line.
 */
export function layoutAnswer(answer: string): AnswerLayout {
  const text = answer.trim();
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(BULLET, ""))
    .filter((line) => line.length > 0);
  if (lines.length > 1) return { kind: "list", items: lines };
  const items = splitOutsideBrackets(text).map((item) => item.trim()).filter((item) => item.length > 0);
  return items.length > 1 ? { kind: "list", items } : { kind: "text", text: lines[0] ?? text };
}

function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (ch === ";" && depth === 0 && /\s/.test(text[i + 1] ?? "")) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
