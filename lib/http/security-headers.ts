/**
 * The security headers every response carries. Pages get a per-request nonce: Next reads it from
 * the request's Content-Security-Policy and puts it on its own inline and bundle scripts, and
 * 'strict-dynamic' lets those load the chunks they need. Styles allow 'unsafe-inline' because React
 * `style` attributes (chart bars, progress widths) cannot carry a nonce.
 */
export function contentSecurityPolicy(options: { nonce: string; https: boolean; dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/sw.js): 'strict-dynamic' above would otherwise refuse it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function staticSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** API replies are data, never documents: a policy that allows nothing, and no nonce to make. */
export function apiSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'", ...staticSecurityHeaders(options) };
}
