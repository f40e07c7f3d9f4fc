import "server-only";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every route handler file under app/api, as its URL pattern and absolute path: tests cover new routes without a list to keep. */
export function listApiRouteFiles(root = process.cwd()): { pattern: string; file: string }[] {
  const base = join(root, "app", "api");
  const out: { pattern: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "route.ts") out.push({ pattern: `/api/${relative(base, dir).split("\\").join("/")}`.replace(/\/$/, ""), file: path });
    }
  };
  walk(base);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The dynamic segment names in a pattern: "/api/classes/[classId]" → ["classId"]. */
export function segmentNames(pattern: string): string[] {
  return [...pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
}

/**
 * Every route handler file anywhere under app/ (app/api and the few outside it, such as /sw.js), as its
 * URL pattern: route groups like "(study)" are not part of the URL.
 */
export function listRouteFiles(root = process.cwd()): { pattern: string; file: string }[] {
  const base = join(root, "app");
  const out: { pattern: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^route\.(ts|tsx|js|mjs)$/.test(entry.name)) {
        const segments = relative(base, dir).split(/[\\/]/).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
        out.push({ pattern: `/${segments.join("/")}`, file: path });
      }
    }
  };
  walk(base);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
