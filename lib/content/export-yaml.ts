import { parse } from "yaml";

/**
 * Writes content as the repository's hand-written YAML looks (content/README.md): ids and enum values
 * plain, text double-quoted or folded at 100 columns, citations and id lists in flow style, a blank line
 * between facts, cards and questions. Keys come in a fixed order per kind of object, so exporting the
 * same content twice gives the same bytes and a re-export shows only what changed.
 */
const WIDTH = 100;

/** Keys whose string values are ids or enum words, written plain as the repository does. */
const PLAIN_KEYS = new Set(["id", "kind", "status", "supersededBy", "article", "reference", "difficulty", "directive"]);
/** Lists of ids, written `[a, b]`. */
const FLOW_LISTS = new Set(["topicIds", "factIds"]);
/** Small maps written on one line: `{ article: x, paragraph: 3 }`. */
const FLOW_MAPS = new Set(["value", "heading"]);
/** Lists whose items are separated by a blank line. */
const SPACED_LISTS = new Set(["facts", "flashcards", "questions"]);

/** Key order by the key that holds the object (a list's items take the list's key), as the repository writes them. */
const statementKeys = ["text", "correct", "factIds", "explanation"];
const KEY_ORDERS: Record<string, readonly string[]> = {
  topic: ["id", "title", "summary", "whyItMatters", "syllabusTags", "relatedTopics", "asOf", "order"],
  facts: ["id", "statement", "value", "sources", "asOf", "status", "supersededBy", "note"],
  value: ["number", "unit", "year"],
  sources: ["article", "paragraph", "reference", "section", "publisher", "url", "publishedAt"],
  flashcards: ["id", "factIds", "kind", "front", "back", "hint"],
  questions: [
    "id", "kind", "topicIds", "factIds", "syllabusTag", "difficulty", "directive", "stem", "text", "wordLimit", "marks", "heading", "statements", "pairs",
    "options", "correctIndex", "statementI", "statementII", "statementIIExplainsI", "explanation", "framework", "rubric",
  ],
  statements: statementKeys,
  statementI: statementKeys,
  statementII: statementKeys,
  pairs: ["left", "right", "correct", "factIds", "explanation"],
  heading: ["left", "right"],
  options: ["text", "explanation"],
  framework: ["introduction", "keyPoints", "wayForward"],
  articles: ["id", "label", "paragraphCount", "sources"],
};

function orderedEntries(value: Record<string, unknown>, context: string): [string, unknown][] {
  const order = KEY_ORDERS[context] ?? [];
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== null)
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const quoted = (s: string) => JSON.stringify(s);
const isPlainWord = (s: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) && /[a-z]/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(s);

function scalar(key: string | null, value: unknown): string {
  if (typeof value === "string") return key !== null && PLAIN_KEYS.has(key) && isPlainWord(value) ? value : quoted(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`cannot write ${typeof value} as YAML`);
}

/** A long text as a folded block (`>-`), or null when folding would not read back as exactly the same string. */
function folded(text: string, indent: string): string[] | null {
  const paragraphs = text.split("\n");
  if (paragraphs.some((p) => p === "" || p !== p.trim() || /\s\s|\t/.test(p))) return null;
  const lines: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0) lines.push("");
    let line = "";
    for (const word of p.split(" ")) {
      if (line !== "" && indent.length + line.length + 1 + word.length > WIDTH) {
        lines.push(indent + line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    lines.push(indent + line);
  });
  const back = parse(`k: >-\n${lines.join("\n")}\n`) as { k: unknown };
  return back.k === text ? lines : null;
}

function flowMap(value: Record<string, unknown>, context: string): string {
  return `{ ${orderedEntries(value, context).map(([k, v]) => `${k}: ${scalar(k, v)}`).join(", ")} }`;
}

function keyValue(key: string, value: unknown, indent: string): string[] {
  const head = `${indent}${key}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    if (FLOW_LISTS.has(key) || (key === "options" && value.every(Array.isArray))) {
      return [`${head} [${value.map((v) => (Array.isArray(v) ? `[${v.map((x) => scalar(null, x)).join(", ")}]` : scalar("id", v))).join(", ")}]`];
    }
    return [head, ...list(key, value, `${indent}  `)];
  }
  if (value !== null && typeof value === "object") {
    const map = value as Record<string, unknown>;
    if (FLOW_MAPS.has(key)) return [`${head} ${flowMap(map, key)}`];
    return [head, ...mapping(map, key, `${indent}  `)];
  }
  const line = `${head} ${scalar(key, value)}`;
  if (typeof value === "string" && line.length > WIDTH) {
    const block = folded(value, `${indent}  `);
    if (block) return [`${head} >-`, ...block];
  }
  return [line];
}

function mapping(value: Record<string, unknown>, context: string, indent: string): string[] {
  return orderedEntries(value, context).flatMap(([k, v]) => keyValue(k, v, indent));
}

function list(key: string, items: readonly unknown[], indent: string): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    if (i > 0 && SPACED_LISTS.has(key)) out.push("");
    if (item !== null && typeof item === "object" && !Array.isArray(item)) {
      const map = item as Record<string, unknown>;
      // Citations are one line each, as in the repository.
      if (key === "sources" && ("article" in map || "reference" in map)) {
        out.push(`${indent}- ${flowMap(map, key)}`);
        return;
      }
      const lines = mapping(map, key, `${indent}  `);
      out.push(`${indent}- ${(lines[0] ?? "").trimStart()}`, ...lines.slice(1));
    } else {
      const line = `${indent}- ${scalar(null, item)}`;
      const block = typeof item === "string" && line.length > WIDTH ? folded(item, `${indent}  `) : null;
      out.push(...(block ? [`${indent}- >-`, ...block] : [line]));
    }
  });
  return out;
}

/** One YAML document: the given top-level keys in the given order, a blank line between sections. */
export function toContentYaml(sections: readonly (readonly [string, unknown])[], header?: string): string {
  const parts = sections.map(([key, value]) => keyValue(key, value, "").join("\n"));
  return `${header ? `${header.split("\n").map((l) => `# ${l}`).join("\n")}\n` : ""}${parts.join("\n\n")}\n`;
}

/** One article entry of sources.yaml's `articles:` list, indented as the file writes it. */
export function articleEntryYaml(article: { id: string; label: string; paragraphCount: number; sources: readonly Record<string, unknown>[] }): string {
  return list("articles", [article], "  ").join("\n");
}
