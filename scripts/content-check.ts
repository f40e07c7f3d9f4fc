// Validates content/ (schemas, cross-references and the exam-quality rules) and prints one line per
// problem; warnings are printed too but do not fail the check.
import { checkContent, countContent } from "../lib/content/check-content";
import { checkQuality } from "../lib/content/check-quality";
import { loadContent } from "../lib/content/load-content";
import type { ContentError } from "../lib/content/schema";

const dir = process.argv[2] ?? "content";
const { content, errors: loadErrors } = loadContent(dir);
const integrity = [...loadErrors, ...checkContent(content)];
// Quality rules read answer keys and card text, so they run only on content that is otherwise sound.
const quality = integrity.length === 0 ? checkQuality(content) : { errors: [], warnings: [] };
const byPlace = (a: ContentError, b: ContentError) => a.file.localeCompare(b.file) || a.line - b.line;
const errors = [...integrity, ...quality.errors].sort(byPlace);

for (const w of [...quality.warnings].sort(byPlace)) console.log(`${w.file}:${w.line}: warning: ${w.message}`);
for (const e of errors) console.log(`${e.file}:${e.line}: ${e.message}`);

const n = countContent(content);
const verdict = errors.length === 0 ? "OK" : `${errors.length} error${errors.length === 1 ? "" : "s"}`;
const warned = quality.warnings.length === 0 ? "" : `, ${quality.warnings.length} warning${quality.warnings.length === 1 ? "" : "s"}`;
console.log(`content: ${n.topics} topics, ${n.facts} facts, ${n.flashcards} flashcards, ${n.questions} questions - ${verdict}${warned}`);
process.exit(errors.length === 0 ? 0 : 1);
