// Any origin we do not serve; `.invalid` can never resolve (RFC 6761).
const PROBE_ORIGIN = "https://return-path.invalid";

/**
 * Only same-site paths: an open redirect after sign-in would be a phishing aid.
 * The value is resolved the way a browser would resolve a Location header (tabs and
 * newlines dropped, backslashes read as slashes, dot segments collapsed); anything that
 * lands on another origin, or whose normalised path would read as protocol-relative,
 * gives the fallback. Only the normalised path, query and hash are returned.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
