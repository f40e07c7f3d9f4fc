import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { MATRIX } from "@/server/testing/authorization-matrix-table";
import { HTTP_METHODS, listRouteFiles } from "./route-files";

/**
 * Keeps the authorization matrix complete: a route handler added without a row, or a server action (an
 * endpoint no route file shows), fails here. Server actions are not allowed: every call to the server is
 * a route handler written with apiRoute, so the matrix and the same-origin test see all of them.
 */

async function routesOnDisk(): Promise<string[]> {
  const out: string[] = [];
  for (const { pattern, file } of listRouteFiles()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) if (typeof exports[method] === "function") out.push(`${method} ${pattern}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [path] : [];
  });
}

// Built from parts, so this file does not carry the directive it looks for.
const DIRECTIVE = new RegExp(["[\"'`]use", "server[\"'`]"].join(" "));

describe("route guard", async () => {
  const routes = await routesOnDisk();
  const rows = new Set(MATRIX.map((r) => r.route));

  it("finds the route handlers, including those outside app/api", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes).toContain("GET /sw.js");
  });

  it("every route handler on disk has a row in the authorization matrix", () => {
    expect(routes.filter((r) => !rows.has(r))).toEqual([]);
  });

  it("every row of the matrix names a route handler on disk", () => {
    expect([...rows].filter((r) => !routes.includes(r))).toEqual([]);
  });

  it("nothing under app/, server/, components/ or lib/ is a server action", () => {
    const root = process.cwd();
    const found = ["app", "server", "components", "lib"]
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => DIRECTIVE.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file).split("\\").join("/"))
      .sort();
    expect(found).toEqual([]);
  });
});
