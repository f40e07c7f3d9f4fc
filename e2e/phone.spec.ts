import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";

test("on a phone the navigation is a menu with every item, and the current page is marked; on a desktop it is a row", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signUp(page);
  await page.goto("/practice");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: /^Menu/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Settings" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Today", "Review", "Cards", "Topics", "Practice", "Statistics", "Classes", "Settings"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeInViewport();
  }
  await expect(nav.getByRole("link", { name: "Practice", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  // Nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await nav.getByRole("link", { name: "Settings", exact: true }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toContainText("Settings");

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(nav.getByRole("link", { name: "Settings", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Review", exact: true })).not.toHaveAttribute("aria-current", /.*/);
});

test("the mock-test timer stays in view while scrolling on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await signUp(page);
  await page.goto("/practice");
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  const timer = page.getByRole("timer", { name: "Time left" });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(timer).toBeInViewport();
});

test("touch devices get no keyboard-shortcut panel; the yearly heatmap scrolls at 375 px instead of shrinking", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await signUp(page);
  await page.goto("/practice");
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toBeHidden();

  // One review, so the calendar has something to show.
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  const saved = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/reviews" && r.request().method() === "POST" && r.ok());
  await page.getByRole("button", { name: /^Good, / }).click();
  await saved;
  await page.goto("/stats");
  const calendar = page.getByTestId("heatmap-scroll");
  await expect(calendar).toBeVisible();
  const cell = await calendar.locator("svg rect").first().boundingBox();
  expect(cell!.width).toBeGreaterThanOrEqual(8);
  expect(await calendar.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});
