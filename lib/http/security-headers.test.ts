import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

describe("security headers", () => {
  it("a strict script policy keyed on the nonce, no framing, and no eval outside development", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy({ nonce: "n", https: false, dev: true })).toContain("'unsafe-eval'");
  });

  it("HSTS and upgrade-insecure-requests only when served over https", () => {
    expect(staticSecurityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(staticSecurityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(contentSecurityPolicy({ nonce: "n", https: true, dev: false })).toContain("upgrade-insecure-requests");
    expect(staticSecurityHeaders({ https: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
  });
});
