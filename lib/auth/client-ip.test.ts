import { describe, expect, it } from "vitest";
import { clientIpFromForwardedFor } from "./client-ip";

describe("clientIpFromForwardedFor", () => {
  it("with no trusted proxy, takes the socket address our server appended, not what the client sent", () => {
    expect(clientIpFromForwardedFor("203.0.113.9", 0)).toBe("203.0.113.9");
    // A client that sends its own X-Forwarded-For cannot choose its key.
    expect(clientIpFromForwardedFor("1.2.3.4, 203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientIpFromForwardedFor("1.1.1.1, 2.2.2.2, 203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind N trusted proxies, takes the entry the outermost proxy appended", () => {
    // client → proxy (10.0.0.2) → us: the proxy appended the client, we appended the proxy.
    expect(clientIpFromForwardedFor("198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientIpFromForwardedFor("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientIpFromForwardedFor("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when the chain is shorter than configured, and to null when empty", () => {
    expect(clientIpFromForwardedFor("10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientIpFromForwardedFor("", 0)).toBeNull();
    expect(clientIpFromForwardedFor(null, 0)).toBeNull();
    expect(clientIpFromForwardedFor(" , ", 0)).toBeNull();
  });
});
