import { expect, type Response } from "@playwright/test";
import { setOffline, test } from "./network-link";
import { signUp } from "./support";
import { readCounts, reviewByKeyboard, setDayStartHoursAhead, watchSavedAnswers, type ShownCounts } from "./review-support";

// Issue 13: near the end of the study day the review screen also keeps the next day's queue, so a
// page opened offline after the day has turned studies from that day's queue, not from a day that is over.

type Queue = { dayEndsAt: string; counts: ShownCounts };
const isQueue = (day: "today" | "next") => (response: Response) =>
  response.url().includes("/api/reviews/queue") && response.url().includes("day=next") === (day === "next") && response.ok();

test("a review page opened offline after the day turned shows the next day's queue it kept", async ({ browser, link }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ serviceWorkers: "allow", baseURL: link.url });
  const page = await context.newPage();
  await signUp(page);

  // The study day ends one to two hours from now: inside the last four hours, when the screen keeps tomorrow's queue.
  await setDayStartHoursAhead(page, 2);

  // Three new cards answered today: today's queue has three fewer new cards than tomorrow's fresh limit.
  await page.goto("/review");
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
  await page.getByRole("button", { name: "Start review" }).click();
  const saved = watchSavedAnswers(page);
  for (let i = 0; i < 3; i++) await reviewByKeyboard(page, "3");
  await saved.settled(3);

  // Opened again online: today's queue, and the next day's kept beside it. (Left first, so no
  // response of the page before, such as the refetch after an answer, is taken for the new page's.)
  await page.goto("about:blank");
  const todayResponse = page.waitForResponse(isQueue("today"));
  const nextResponse = page.waitForResponse(isQueue("next"));
  await page.goto("/review");
  const today = (await (await todayResponse).json()) as Queue;
  const next = (await (await nextResponse).json()) as Queue;
  expect(next.counts, "the two days' queues differ, so the test can tell them apart").not.toEqual(today.counts);
  await expect.poll(() => readCounts(page)).toEqual(today.counts);
  await expect
    .poll(() => page.evaluate(() => caches.match("/review", { ignoreVary: true }).then((hit) => hit !== undefined)), { timeout: 30_000 })
    .toBe(true);
  // Kept on the device: the queues store holds one under the moment the next day starts.
  const keptNextDay = () =>
    page.evaluate(
      (dayEndsAt) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open("dossier-offline");
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const keys = open.result.transaction("queues").objectStore("queues").getAllKeys();
            keys.onsuccess = () => resolve(keys.result.some((key) => String(key).endsWith(`all@${dayEndsAt}`)));
            keys.onerror = () => resolve(false);
          };
        }),
      today.dayEndsAt,
    );
  await expect.poll(keptNextDay, { timeout: 15_000 }).toBe(true);

  // Offline, and the clock moves past the end of the day: the page opens from the service worker.
  await setOffline(context, link, true);
  await context.clock.setFixedTime(new Date(Date.parse(today.dayEndsAt) + 10 * 60_000));
  const reopened = await page.reload();
  expect(reopened?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  await expect.poll(() => readCounts(page)).toEqual(next.counts);
  // The session goes on from the next day's queue: its first card is there to answer.
  await expect(page.getByTestId("review-front")).toBeVisible();
  await expect(page.getByTestId("review-front")).toHaveText(/\S/);
  await context.close();
});
