import "server-only";
import fs from "node:fs";
import path from "node:path";

/** The part of Next's routes-manifest.json (written by `next build`) that names each route and its matcher. */
interface RoutesManifest {
  staticRoutes: { page: string; regex: string }[];
  dynamicRoutes: { page: string; regex: string }[];
}

export type RoutePatternOf = (pathname: string) => string;

/**
 * Maps a request path to the route that serves it, as the app folder names it ("/api/topics/[id]"),
 * so request logs group by route and carry no ids. Static routes first, then dynamic ones in the
 * manifest's order (Next lists them most specific first, as it matches them). Build assets are one
 * route each kind; files from public/ keep their name; anything else is "[unmatched]".
 */
export function routePatterns(manifest: RoutesManifest, publicFiles: readonly string[] = []): RoutePatternOf {
  const exact = new Map(manifest.staticRoutes.map((r) => [r.page, r.page]));
  for (const file of publicFiles) exact.set(file, file);
  const dynamic = manifest.dynamicRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  const staticRegexes = manifest.staticRoutes.map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    const found = exact.get(pathname);
    if (found) return found;
    if (pathname.startsWith("/_next/")) {
      const kind = pathname.split("/")[2];
      return kind === "image" ? "/_next/image" : `/_next/${kind}/[...path]`;
    }
    // A trailing slash, or an encoded but equal path.
    for (const { page, regex } of staticRegexes) if (regex.test(pathname)) return page;
    for (const { page, regex } of dynamic) if (regex.test(pathname)) return page;
    return "[unmatched]";
  };
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

/**
 * The route table of the build this server runs (NEXT_DIST_DIR, as next.config.ts reads it). Without a
 * build manifest (a dev server) every path logs as "[unmatched]" rather than as a path with ids.
 */
export function loadRoutePatterns(root = process.cwd(), distDir = process.env.NEXT_DIST_DIR ?? ".next"): RoutePatternOf {
  let manifest: RoutesManifest = { staticRoutes: [], dynamicRoutes: [] };
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "routes-manifest.json"), "utf8")) as RoutesManifest;
  } catch {
    // no build here
  }
  return routePatterns(manifest, listFiles(path.join(root, "public")));
}
