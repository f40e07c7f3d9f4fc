import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./support";

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers).toMatchObject(EXPECTED);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Served over http here, so no HSTS (it is sent only when APP_URL is https).
  expect(headers).not.toHaveProperty("strict-transport-security");
}

/** Collects every CSP violation the page reports, and console errors that name the policy. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test("pages and API responses carry the security headers, with a fresh nonce per page", async ({ page, request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  expectSecurityHeaders(first.headers());
  const nonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  expect(nonce(first.headers()["content-security-policy"])).not.toBe(nonce(second.headers()["content-security-policy"]));
  // Every inline script Next wrote carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(first.headers()["content-security-policy"])}"`);

  // API replies are data: their policy allows nothing at all, so they need no nonce.
  const api = await request.get("/api/reviews/queue");
  expect(api.status()).toBe(401);
  expect(api.headers()).toMatchObject({ ...EXPECTED, "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
  expect(api.headers()).not.toHaveProperty("strict-transport-security");
  const missing = await request.get("/api/no-such-route");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/json");
  await page.close();
});

test("no script or style is blocked while signing up and moving around", async ({ page }) => {
  const violations = await watchViolations(page);
  await signUp(page);
  await page.getByRole("navigation").getByRole("link", { name: "Topics" }).click();
  await expect(page).toHaveURL(/\/topics$/);
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  // A client-side interaction after hydration: the review settings form is live.
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeEnabled();
  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
