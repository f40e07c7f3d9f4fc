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
