import { expect, type Page, type Response } from "@playwright/test";

/** Sets how many new cards a day the signed-in student gets, through the settings page. */
export async function setNewCardsPerDay(page: Page, count: number) {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill(String(count));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
}

/** Turns burying of related cards on or off through the settings page (on by default). */
export async function setBurySiblings(page: Page, on: boolean) {
  await page.goto("/settings");
  await page.getByLabel("Bury related cards until tomorrow").setChecked(on);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
}

/** The New / Learning / Due counts on the review page, as numbers once they read `expected`. */
export async function expectCounts(page: Page, expected: { new: number; learning: number; due: number }) {
  for (const key of ["new", "learning", "due"] as const) {
    await expect(page.getByTestId(`count-${key}`).locator("dd"), `${key} count`).toHaveText(String(expected[key]));
  }
}

export type ShownCounts = { new: number; learning: number; due: number };

/** New, Learning and Due as shown, read in one go so the three come from the same render. */
export const readCounts = (page: Page): Promise<ShownCounts> =>
  page.evaluate(() => {
    const shown = (key: string) => Number(document.querySelector(`[data-testid="count-${key}"] dd`)?.textContent ?? "NaN");
    return { new: shown("new"), learning: shown("learning"), due: shown("due") };
  });

export const totalOf = (counts: ShownCounts) => counts.new + counts.learning + counts.due;

/** Shows the answer with Space and grades it with a number key, checking focus moves as it should. */
export async function reviewByKeyboard(page: Page, key: "1" | "2" | "3" | "4") {
  const front = page.getByTestId("review-front");
  await expect(front).toBeVisible();
  const question = await front.innerText();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeFocused();
  await expect(page.getByRole("button", { name: /^Good, \S+/ })).toBeVisible();
  await page.keyboard.press(key);
  return question;
}

/**
 * Sets the student's day start to the whole hour `hours` after the current one, in whatever time zone
 * the settings form holds: the study day then ends between hours - 1 and hours from now.
 */
export async function setDayStartHoursAhead(page: Page, hours: number) {
  await page.goto("/settings");
  const timeZone = await page.getByLabel("Time zone").inputValue();
  const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date()));
  await page.getByLabel("Day starts at").selectOption(String((hour + hours) % 24));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
}

/** Moves the day start twelve hours away, so a test that counts "today" cannot straddle the day boundary whatever time CI runs at. */
export const keepDayBoundaryAway = (page: Page) => setDayStartHoursAhead(page, 12);

/**
 * Counts the answers the server accepts from this page from now on. `settled(n)` waits until n have
 * been saved (answers go out in the background; leaving the page first would leave one in the outbox)
 * and stops counting.
 */
export function watchSavedAnswers(page: Page) {
  let saved = 0;
  const count = (response: Response) => {
    if (response.url().endsWith("/api/reviews") && response.request().method() === "POST" && response.ok()) saved += 1;
  };
  page.on("response", count);
  return {
    async settled(expected: number) {
      await expect.poll(() => saved, { timeout: 30_000 }).toBe(expected);
      page.off("response", count);
    },
  };
}
