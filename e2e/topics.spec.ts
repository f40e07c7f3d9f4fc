import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

test("a visitor browses topics, searches, and reads a fact with its source", async ({ page }) => {
  await page.goto("/topics");
  const cards = page.getByRole("main").getByRole("article");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  await expectAccessible(page);

  await page.getByLabel("Search topics").fill("semiconductors");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=semiconductors/);
  await expect(page.getByRole("status")).toContainText("matching “semiconductors”");
  await page.getByRole("link", { name: "Technology and semiconductors", exact: false }).first().click();

  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Key facts/ })).toBeVisible();
  const firstFact = page.locator("li[id^=fact-]").first();
  await expect(firstFact.getByRole("list", { name: "Sources" }).getByRole("listitem").first()).toContainText("Source:");
  await expect(page.getByRole("link", { name: /Study this topic/ })).toHaveAttribute("href", /\/review\?topic=/);
  await expectAccessible(page);
});

test("an unknown topic shows the not-found page", async ({ page }) => {
  // The section streams behind its loading state, so the status line is already sent: check the page, not the code.
  await page.goto("/topics/no-such-topic");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("search tolerates typos, shows the matched text, keeps the box, trims over-long queries and notes Devanagari, without reloading the page", async ({ page }) => {
  await page.goto("/topics");
  // A marker on window survives in-place navigation but not a full reload.
  await page.evaluate(() => Object.assign(window, { searchMarker: "kept" }));
  const box = page.getByLabel("Search topics");
  await box.fill("semiconducter");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=semiconducter/);
  await expect(page.getByRole("status")).toContainText("you typed “semiconducter”");
  await expect(box).toHaveValue("semiconducter");
  const card = page.getByRole("main").getByRole("article").filter({ hasText: "Technology and semiconductors" });
  await expect(card.getByTestId("search-match").locator("mark").first()).toHaveText(/semiconductors?/i);
  expect(await page.evaluate(() => (window as unknown as { searchMarker?: string }).searchMarker)).toBe("kept");
  await expectAccessible(page);

  await box.fill(`semiconductors ${"x".repeat(240)}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/longer than 200 characters/).first()).toBeVisible();
  expect((await box.inputValue()).length).toBe(200);

  await box.fill("भारत कोरिया");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("note")).toContainText("in English for now");
  await expect(box).toHaveValue("भारत कोरिया");
  expect(await page.evaluate(() => (window as unknown as { searchMarker?: string }).searchMarker)).toBe("kept");
});
