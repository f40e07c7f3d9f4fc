// The one way the scripts build the app: `npm start`, the HTTP bench, the fault tests and `npm run size`.
import { spawnSync, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** What the production build is made from: a change to any of these calls for a new build. */
const SOURCES = [
  "app",
  "components",
  "lib",
  "server",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "instrumentation.ts",
  "proxy.ts",
];

function newestSourceTime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((name) => newestSourceTime(path.join(entry, name))));
}

/** True when distDir holds a build newer than every source. */
export function isBuildCurrent(distDir: string): boolean {
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  return Math.max(...SOURCES.map(newestSourceTime)) <= builtAt;
}

/**
 * `next build` into distDir, then the service worker (without it the folder looks built but has no
 * /sw.js, so no page would be kept for offline use). Throws with the tools' output on failure.
 * `inherit` shows their output as it comes; `pipe` keeps it for the error only.
 */
export function buildApp(distDir: string, output: "inherit" | "pipe"): void {
  const stdio: StdioOptions = output === "inherit" ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"];
  const run = (what: string, args: string[], env: Record<string, string>) => {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio, encoding: "utf8", env: { ...process.env, ...env } });
    if (result.status !== 0) throw new Error(`${what} failed${output === "pipe" ? `:\n${result.stdout}\n${result.stderr}` : " (see above)"}`);
  };
  // `next build` adds its distDir's types folder to tsconfig.json's include: keep the tracked file as it was.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const tsconfigText = fs.readFileSync(tsconfig, "utf8");
  try {
    run("next build", [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    });
  } finally {
    fs.writeFileSync(tsconfig, tsconfigText);
  }
  run("building the service worker", ["--import", "tsx", "scripts/build-service-worker.ts"], { NEXT_DIST_DIR: distDir });
}
