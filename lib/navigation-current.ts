import type { NavLink } from "./navigation";

/** The nav link for the page at `pathname`: the longest href that is the path or a parent of it. */
export function currentNavHref(links: readonly NavLink[], pathname: string): string | null {
  const matches = links.filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
