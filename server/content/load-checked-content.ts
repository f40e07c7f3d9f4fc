import "server-only";
import { loadContent } from "@/lib/content/load-content";
import { checkContent } from "@/lib/content/check-content";
import { contentRows, type ContentRows } from "@/lib/content/content-rows";

/** Loads and fully checks `content/`; throws with every problem listed rather than sync half a set. */
export function loadCheckedContent(dir = "content"): ContentRows {
  const { content, errors } = loadContent(dir);
  const problems = [...errors, ...checkContent(content)];
  if (problems.length > 0) {
    const lines = problems.slice(0, 20).map((p) => `  ${p.file}:${p.line}: ${p.message}`);
    throw new Error(`content has ${problems.length} problem(s); run npm run content:check\n${lines.join("\n")}`);
  }
  return contentRows(content);
}
