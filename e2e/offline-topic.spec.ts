import { expect, test, type BrowserContext, type Route } from "@playwright/test";
import { signUp } from "./support";

// Chromium's offline emulation may not reach a service worker's own fetches: cut those too.
const noNetworkForWorker = (route: Route) => (route.request().serviceWorker() ? route.abort("internetdisconnected") : route.fallback());
async function setOffline(context: BrowserContext, offline: boolean) {
  if (offline) await context.route("**", noNetworkForWorker);
  else await context.unroute("**", noNetworkForWorker);
  await context.setOffline(offline);
}

test("a topic saved for offline opens with its facts without a connection, and can be removed", async ({ page, context }) => {
  await signUp(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.goto("/topics");
  const link = page.getByRole("main").getByRole("article").first().getByRole("link").first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/topics\//);
  await page.goto(href!);
  const title = await page.getByRole("heading", { level: 1 }).innerText();

  await expect(page.getByRole("status").filter({ hasText: "Not saved for offline reading." })).toBeVisible();
  await page.getByRole("button", { name: "Save for offline" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device: readable offline." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device: readable offline." })).toBeVisible();

  await setOffline(context, true);
  const reader = await context.newPage();
  const response = await reader.goto(href!);
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByRole("heading", { name: /Key facts/ })).toBeVisible();
  await expect(reader.locator("li[id^=fact-]").first()).toBeVisible();
  await reader.close();
  await setOffline(context, false);

  await page.getByRole("button", { name: "Remove from this device" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not saved for offline reading." })).toBeVisible();
  expect(await page.evaluate(async () => (await (await caches.open("dossier-pages-saved")).keys()).length)).toBe(0);
});
