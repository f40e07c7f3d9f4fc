/**
 * `npm run size`: builds the app and prints each route's first-load JavaScript, gzipped: the framework
 * chunks every page loads (build-manifest rootMainFiles) plus the chunks the route's own segments
 * (layouts, page, loading, error, not-found) list in its client reference manifest. The global error
 * boundary's chunk is left out, as the browser fetches it only after a crash.
 *
 *   npm run size                 build into .next-size, then measure
 *   npm run size -- --no-build   measure the last build in .next-size
 *   npm run size -- --json       print JSON instead of a table
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { z } from "zod";
import { buildApp } from "./lib/build-app";

const argsSchema = z.object({ build: z.boolean(), json: z.boolean() });
const KNOWN = new Set(["--no-build", "--json"]);
const unknown = process.argv.slice(2).filter((a) => !KNOWN.has(a));
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(" ")}. Use --no-build and/or --json.`);
  process.exit(2);
}
const args = argsSchema.parse({ build: !process.argv.includes("--no-build"), json: process.argv.includes("--json") });

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next-size";
const dist = path.join(root, distDir);

if (args.build) buildApp(distDir, "inherit");

const buildManifestSchema = z.object({ rootMainFiles: z.array(z.string()) });
const rscManifestSchema = z.record(z.string(), z.object({ entryJSFiles: z.record(z.string(), z.array(z.string())) }));

if (!existsSync(path.join(dist, "build-manifest.json"))) {
  console.error(`No build in ${distDir}: run \`npm run size\` without --no-build first.`);
  process.exit(1);
}
const { rootMainFiles } = buildManifestSchema.parse(JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")));

function findManifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return findManifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

/** "/(study)/topics/[topicId]/page" → "/topics/[topicId]" */
const routeOf = (entry: string) => entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";

const gzipped = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string) {
  let size = gzipped.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(dist, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    gzipped.set(file, size);
  }
  return size;
}

const rows = findManifests(path.join(dist, "server", "app"))
  .flatMap((file) => {
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: unknown; self?: unknown } = {};
    sandbox.globalThis = sandbox;
    sandbox.self = sandbox;
    runInNewContext(readFileSync(file, "utf8"), sandbox);
    return Object.entries(rscManifestSchema.parse(sandbox.__RSC_MANIFEST));
  })
  .map(([entry, manifest]) => {
    const files = new Set(rootMainFiles);
    for (const [segment, chunks] of Object.entries(manifest.entryJSFiles)) {
      if (segment.endsWith("/global-error")) continue;
      for (const chunk of chunks) files.add(chunk);
    }
    const sizes = [...files].map(sizeOf);
    return {
      route: routeOf(entry),
      files: files.size,
      rawKb: sizes.reduce((sum, s) => sum + s.raw, 0) / 1000,
      gzipKb: sizes.reduce((sum, s) => sum + s.gzip, 0) / 1000,
    };
  })
  .filter((row) => !row.route.startsWith("/_"))
  .sort((a, b) => a.route.localeCompare(b.route));

if (args.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((r) => r.route.length), 5);
  console.log(`${"Route".padEnd(width)}  Files  Raw kB  Gzip kB`);
  for (const row of rows) {
    console.log(`${row.route.padEnd(width)}  ${String(row.files).padStart(5)}  ${row.rawKb.toFixed(1).padStart(6)}  ${row.gzipKb.toFixed(1).padStart(7)}`);
  }
}
