import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticSecurityHeaders } from "@/lib/http/security-headers";

const https = (process.env.APP_URL ?? "").startsWith("https:");
const dev = process.env.NODE_ENV === "development";

/**
 * Security headers on every page, with a fresh CSP nonce each request. API routes are not matched:
 * their one wrapper sets their headers (server/http/json-reply.ts), which spares the hot grade path a
 * pass through Next's middleware.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy({ nonce, https, dev });
  const requestHeaders = new Headers(request.headers);
  // Next takes the nonce for its own scripts from the request's policy.
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not the API (see above) nor the immutable build assets and icons: they carry no HTML to protect.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon|apple-icon).*)"],
};
