// Bundles app/sw.ts into <distDir>/sw.js after `next build`, with the precache manifest of that
// build's static files (Serwist's getManifest). Next 16 builds with Turbopack, which @serwist/next's
// webpack plugin cannot hook into, so the worker is built here as a step of our own build; the
// route app/sw.js/route.ts serves the file from the build folder, so each build folder (one per
// E2E_PORT) has the worker that matches its files.
import fs from "node:fs";
import path from "node:path";
import { getManifest } from "@serwist/build";
import { build } from "esbuild";

export async function buildServiceWorker(distDir = process.env.NEXT_DIST_DIR ?? ".next"): Promise<{ entries: number; bytes: number }> {
  const buildId = fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: distDir,
    // The shell every page needs: the styles (names carry content hashes). Scripts are cached as pages
    // use them (app/sw.ts): precaching every route's scripts measured 1.1 MB (57 files) fetched on the
    // first visit, mostly teacher and studio code a student on mobile data never runs.
    globPatterns: ["static/**/*.css"],
    modifyURLPrefix: { "static/": "/_next/static/" },
    dontCacheBustURLsMatching: /^\/_next\/static\//,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const entries = [...(manifestEntries ?? []), { url: "/manifest.webmanifest", revision: buildId }, { url: "/icons/icon-192.png", revision: buildId }];
  await build({
    entryPoints: ["app/sw.ts"],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    define: { "self.__SW_MANIFEST": JSON.stringify(entries), "process.env.NODE_ENV": '"production"' },
    outfile: path.join(distDir, "sw.js"),
    logLevel: "warning",
  });
  return { entries: entries.length, bytes: size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries, bytes } = await buildServiceWorker();
  console.log(`service worker: ${entries} files precached (${Math.round(bytes / 1024)} kB)`);
}
