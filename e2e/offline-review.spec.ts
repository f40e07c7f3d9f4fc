import { expect, type Page } from "@playwright/test";
import { setOffline, test } from "./network-link";
import { signIn, signUp } from "./support";
import { keepDayBoundaryAway, readCounts, reviewByKeyboard, totalOf } from "./review-support";

// Issue 13, done-when: review offline, close the tab, reopen offline, sync once back online, and the
// conflict rule of docs/decisions/013 when another device answered one of the same cards meanwhile.

test("ten answers given offline survive closing the tab and sync once each; a card answered later on another device wins", async ({ browser, link }) => {
  test.setTimeout(240_000);
  // This device reaches the app through a line of its own; the second device below reaches it directly.
  const context = await browser.newContext({ serviceWorkers: "allow", baseURL: link.url });
  let page = await context.newPage();
  const { email } = await signUp(page);
  await keepDayBoundaryAway(page);
  const since = new Date().toISOString();

  // Online, with the service worker in charge, so this page is kept for offline use.
  await page.goto("/review");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.reload();
  await expect.poll(() => page.evaluate(async () => (await caches.match("/review", { ignoreVary: true })) !== undefined), { timeout: 30_000 }).toBe(true);
  await page.getByRole("button", { name: "Start review" }).click();
  const start = await readCounts(page);
  const total = totalOf(start);
  expect(start.new).toBeGreaterThanOrEqual(10);

  const posted: { reviewId: string; status: number; conflict?: string }[] = [];
  const watch = (p: Page) =>
    p.on("response", async (response) => {
      if (!response.url().endsWith("/api/reviews") || response.request().method() !== "POST") return;
      const body = (await response.json().catch(() => ({}))) as { conflict?: string };
      posted.push({ reviewId: String((response.request().postDataJSON() as { reviewId: string }).reviewId), status: response.status(), ...(body.conflict ? { conflict: body.conflict } : {}) });
    });
  watch(page);

  await setOffline(context, link, true);
  // Answer once the screen says it is offline, as a student would see it.
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  const fronts: string[] = [];
  for (let i = 0; i < 10; i++) {
    fronts.push(await reviewByKeyboard(page, "3"));
    expect(totalOf(await readCounts(page)), `after answer ${i + 1}`).toBe(total);
  }
  const banner = page.getByRole("status").filter({ hasText: "You are offline." });
  await expect(banner).toContainText("10 answers wait to sync");
  const offlineCounts = await readCounts(page);
  expect(posted).toEqual([]);

  // Closed offline, opened again offline: served by the service worker, same counts, same answers waiting.
  await page.close();
  page = await context.newPage();
  watch(page);
  const reopened = await page.goto("/review");
  expect(reopened?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { name: "Review", level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toContainText("10 answers wait to sync");
  await expect.poll(() => readCounts(page)).toEqual(offlineCounts);

  // Meanwhile another device, online, answers one of those cards (so its answer is the later one). Its
  // queue need not start with the same card: it answers until it meets one this device answered.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/dashboard$/, { timeout: 30_000 });
  await phone.goto("/review");
  await phone.getByRole("button", { name: "Start review" }).click();
  let phoneAnswers = 0;
  for (let met = false; !met; ) {
    met = fronts.includes(await reviewByKeyboard(phone, "4"));
    phoneAnswers += 1;
    expect(phoneAnswers).toBeLessThanOrEqual(start.new);
  }
  await expect.poll(async () => (await phone.request.get(`/api/reviews/summary?since=${encodeURIComponent(since)}`).then((r) => r.json())).reviewed).toBe(phoneAnswers);
  await other.close();

  // Back online: the outbox goes out in order, each answer once; the superseded one is reported.
  expect(posted).toEqual([]);
  await setOffline(context, link, false);
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toHaveCount(0);
  await expect.poll(() => new Set(posted.filter((p) => p.status === 200).map((p) => p.reviewId)).size, { timeout: 30_000 }).toBe(10);
  expect(posted.filter((p) => p.conflict === "superseded")).toHaveLength(1);
  await expect(page.getByRole("alert").filter({ hasText: "was also answered on another device, later than here" })).toBeVisible();

  // The server holds the ten answers from this device once each, plus the other device's.
  const summary = async () => (await page.request.get(`/api/reviews/summary?since=${encodeURIComponent(since)}`).then((r) => r.json())) as { reviewed: number };
  await expect.poll(async () => (await summary()).reviewed).toBe(10 + phoneAnswers);
  await page.reload();
  await expect(page.getByRole("button", { name: "Start review" })).toBeVisible();
  expect((await summary()).reviewed).toBe(10 + phoneAnswers);
  await context.close();
});
