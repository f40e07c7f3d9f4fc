import { NodeType, type HTMLElement, type Node } from "node-html-parser";
import type { Paragraph } from "./types";
import { normalizeInline } from "./normalize";

const HEADING = /^h[1-6]$/;
const LIST = /^(ul|ol)$/;
const SKIP = /^(script|style|noscript|template|svg|iframe|button|select)$/;

function tagOf(node: Node): string {
  return node.nodeType === NodeType.ELEMENT_NODE ? (node as HTMLElement).rawTagName?.toLowerCase() ?? "" : "";
}

/** The text of an element, leaving out nested lists (they become paragraphs of their own). */
function ownText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.rawText;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return "";
  const tag = tagOf(node);
  if (LIST.test(tag) || SKIP.test(tag)) return " ";
  if (tag === "br") return " ";
  // Block children are separated by a space so their words never run together.
  const inner = node.childNodes.map(ownText).join("");
  return /^(p|div|li|td|th|tr|h[1-6]|blockquote|figure|figcaption|section|article)$/.test(tag) ? ` ${inner} ` : inner;
}

/**
 * Paragraphs of an HTML fragment in document order: every `<p>`, `<h1>`-`<h6>` and `<li>`.
 * A list item holding a nested list contributes its own text, then each nested item follows.
 */
export function htmlBlocks(root: Node): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (node: Node) => {
    const tag = tagOf(node);
    if (SKIP.test(tag)) return;
    if (tag === "p" || HEADING.test(tag) || tag === "li") {
      const text = normalizeInline(ownText(node));
      if (text) out.push({ text, heading: HEADING.test(tag) });
      if (tag === "li") node.childNodes.forEach(visitLists);
      return;
    }
    node.childNodes.forEach(visit);
  };
  // Inside a list item only nested lists are walked again; its other text is already taken.
  const visitLists = (node: Node) => {
    const tag = tagOf(node);
    if (LIST.test(tag)) visit(node);
    else if (tag && !SKIP.test(tag) && tag !== "p" && tag !== "li") node.childNodes.forEach(visitLists);
  };
  visit(root);
  return out;
}
