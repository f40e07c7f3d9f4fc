// Validates content/ (schemas and cross-references) and prints one line per problem.
import { checkContent, countContent } from "../lib/content/check-content";
import { loadContent } from "../lib/content/load-content";

const dir = process.argv[2] ?? "content";
const { content, errors: loadErrors } = loadContent(dir);
const errors = [...loadErrors, ...checkContent(content)].sort(
  (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
);

for (const e of errors) console.log(`${e.file}:${e.line}: ${e.message}`);

const n = countContent(content);
const verdict = errors.length === 0 ? "OK" : `${errors.length} error${errors.length === 1 ? "" : "s"}`;
console.log(`content: ${n.topics} topics, ${n.facts} facts, ${n.flashcards} flashcards, ${n.questions} questions - ${verdict}`);
process.exit(errors.length === 0 ? 0 : 1);
