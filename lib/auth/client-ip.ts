/**
 * The client's address from an X-Forwarded-For chain in which every hop appended the address it
 * received the request from, our own server last (scripts/serve.mjs appends the socket address).
 * With `trustedProxies` = N of our own proxies in front, the last N entries were written by them
 * about each other and the entry before those is the client; anything further left is whatever the
 * client chose to send, and is ignored.
 */
export function clientIpFromForwardedFor(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (hops.length === 0) return null;
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}
