import "server-only";
import { clientIpFromForwardedFor } from "@/lib/auth/client-ip";
import { serverEnv } from "@/server/env";

/**
 * The address rate limits key on. `npm start` serves through scripts/serve.mjs, which appends the
 * socket address to X-Forwarded-For, so with TRUSTED_PROXIES=0 the key is the TCP peer and a client
 * cannot pick it. (Under a bare `next start` or `next dev`, Next writes the socket address only when
 * the client sent no X-Forwarded-For.)
 */
export function requestClientIp(headers: Headers): string {
  return clientIpFromForwardedFor(headers.get("x-forwarded-for"), serverEnv().TRUSTED_PROXIES) ?? "unknown";
}
