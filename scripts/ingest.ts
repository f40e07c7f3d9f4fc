/**
 * Usage: npm run ingest -- <file>... [--out <dir>]
 * Reads raw articles, writes one JSON file per distinct article to <dir> (default .data/ingest).
 * Prints one `<file>: <problem>` line per unreadable file and exits 1 when there was any.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ingestFiles, serializeArticle } from "../lib/content/ingest/ingest";
import type { IngestError, IngestInput } from "../lib/content/ingest/types";

const USAGE = "usage: npm run ingest -- <file>... [--out <dir>]";

const Args = z.object({
  files: z.array(z.string().min(1)).min(1, { error: "no input files given" }),
  out: z.string().min(1, { error: "--out needs a directory" }),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const files: string[] = [];
  let out = ".data/ingest";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--out") out = argv[++i] ?? "";
    else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg === "--") continue;
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  const parsed = Args.safeParse({ files, out });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

async function readInput(file: string): Promise<IngestInput | IngestError> {
  try {
    if ((await stat(file)).isDirectory()) return { file, message: "is a directory, not a file" };
    return { file, content: await readFile(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "file not found" : code === "EACCES" ? "permission denied" : `cannot read (${String(e)})`;
    return { file, message };
  }
}

async function main(): Promise<number> {
  let args: z.infer<typeof Args>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`ingest: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const read = await Promise.all(args.files.map(readInput));
  const inputs = read.filter((r): r is IngestInput => "content" in r);
  const { articles, errors } = ingestFiles(inputs);
  const failures = [...read.filter((r): r is IngestError => "message" in r), ...errors];

  await mkdir(args.out, { recursive: true });
  for (const article of articles) {
    await writeFile(path.join(args.out, `${article.id}.json`), serializeArticle(article));
    const files = article.sources.map((s) => s.file).join(", ");
    console.log(`${article.id}: ${article.sources.length} source(s) [${files}], ${article.paragraphs.length} paragraphs, ${article.candidateFacts.length} candidate facts`);
  }
  for (const { file, message } of failures) console.error(`${file}: ${message}`);
  console.log(`ingest: ${articles.length} article(s) written to ${args.out}, ${failures.length} file(s) failed`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
