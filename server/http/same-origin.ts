import "server-only";
import { AppError } from "@/server/errors";
import { serverEnv } from "@/server/env";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence in depth for every request that changes something (the SameSite=Lax cookie is the first line):
 * the browser must say the request comes from our own pages, by `Sec-Fetch-Site: same-origin` or, from a
 * browser that does not send Fetch Metadata, by an `Origin` equal to ours. A request that says neither is
 * refused too: every browser we support sends `Origin` on a non-GET fetch.
 * The body must be declared JSON, which a cross-site HTML form cannot send without a CORS preflight.
 */
export function assertSameOriginJson(request: Request): void {
  if (READS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const sameOrigin = site !== null ? site === "same-origin" : origin !== null && ownOrigins(request).has(origin);
  if (!sameOrigin) throw new AppError("forbidden", "This request did not come from Dossier's own pages, so it was refused.");

  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("unsupported_media_type", "Send the request as JSON, with Content-Type: application/json.");
  }
}

/** This server's origin as the request reached it, and the configured public one (behind a proxy they differ). */
function ownOrigins(request: Request): Set<string> {
  return new Set([new URL(request.url).origin, new URL(serverEnv().APP_URL).origin]);
}
