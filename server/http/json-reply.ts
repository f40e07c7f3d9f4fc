import "server-only";
import { apiSecurityHeaders } from "@/lib/http/security-headers";

const https = (process.env.APP_URL ?? "").startsWith("https:");

/** Below this, gzip costs the server and the phone more CPU than the bytes it saves. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A JSON reply: private and never stored, as every API answer is about its caller. Next gzips route
 * handlers' bodies without looking at their length, so a small one (every grade) says no-transform,
 * the one signal Next's compression honours; the queue and other large bodies stay compressed.
 */
export function jsonReply(body: unknown, init: { status: number; headers?: Record<string, string> }): Response {
  const text = JSON.stringify(body);
  const small = Buffer.byteLength(text) < COMPRESS_FROM_BYTES;
  return new Response(text, {
    status: init.status,
    headers: { "content-type": "application/json", "cache-control": small ? "private, no-store, no-transform" : "private, no-store", ...init.headers },
  });
}

/**
 * API responses get their security headers here rather than from proxy.ts: the proxy (Next's
 * middleware) costs every request a second pass through Next's request handling, and a JSON reply
 * needs no script nonce, only a policy that allows nothing.
 */
export function withApiSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(apiSecurityHeaders({ https }))) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}
