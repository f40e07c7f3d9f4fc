import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { expectCounts, keepDayBoundaryAway, reviewByKeyboard, setNewCardsPerDay } from "./review-support";

test("a student reviews ten cards by keyboard, reloads, undoes one and finishes the session", async ({ page }) => {
  await signUp(page);
  await keepDayBoundaryAway(page);
  await setNewCardsPerDay(page, 10);
  await page.goto("/review");
  await expect(page.getByRole("button", { name: "Start review" })).toBeVisible();
  await expectCounts(page, { new: 10, learning: 0, due: 0 });
  await expectAccessible(page);

  await page.keyboard.press("Space"); // starts the session
  await expect(page.getByTestId("review-card-front")).toBeFocused();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  const gradeNames = ["Again", "Hard", "Good", "Easy"];
  await page.keyboard.press("Space");
  for (const name of gradeNames) await expect(page.getByRole("button", { name: new RegExp(`^${name}, (<1m|\\d+(\\.\\d)?(m|h|d|mo|y))$`) })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("4");
  await expectCounts(page, { new: 9, learning: 0, due: 0 });
  await expect(page.getByTestId("review-card-front")).toBeFocused();

  for (let done = 1; done < 5; done++) await reviewByKeyboard(page, "4");
  await expectCounts(page, { new: 5, learning: 0, due: 0 });

  await page.reload();
  await expectCounts(page, { new: 5, learning: 0, due: 0 });
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();

  const sixth = await reviewByKeyboard(page, "4");
  await expectCounts(page, { new: 4, learning: 0, due: 0 });
  await page.keyboard.press("z");
  await expectCounts(page, { new: 5, learning: 0, due: 0 });
  await expect(page.getByTestId("review-front")).toHaveText(sixth);

  for (let done = 5; done < 10; done++) await reviewByKeyboard(page, "4");
  const summary = page.getByTestId("session-summary");
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(summary.getByText("Cards reviewed")).toBeVisible();
  await expect(summary.locator("dd").nth(0)).toHaveText("10");
  await expect(summary.locator("dd").nth(1)).toHaveText("100%");
  await expect(summary.locator("dd").nth(3)).toHaveText("0");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { name: "Nothing to review right now" })).toBeVisible();
  await expect(page.getByText(/Your next card is due/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Browse topics" })).toBeVisible();
});

test("an answer that cannot be saved is retried, then offered for retry, and never lost", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUp(page);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await expectCounts(page, { new: 20, learning: 0, due: 0 });

  let failing = true;
  await page.route("**/api/reviews", (route) =>
    failing && route.request().method() === "POST"
      ? route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "Down for a moment." } }) })
      : route.continue(),
  );
  await page.getByRole("button", { name: "Show answer" }).click();
  const good = page.getByRole("button", { name: /^Good, / });
  const box = await good.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await page.getByRole("button", { name: /^Easy, / }).click();
  await expectCounts(page, { new: 19, learning: 0, due: 0 });
  await expect(page.getByText("Not saved yet — retrying…")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "One answer has not been saved" })).toBeVisible({ timeout: 20_000 });

  // The server is back: Retry sends the kept answer, and a reload shows it was counted once.
  failing = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not been saved" })).toHaveCount(0);
  await page.reload();
  await expectCounts(page, { new: 19, learning: 0, due: 0 });
});

test("an unsent answer survives a reload and is sent with the same review id", async ({ page }) => {
  await signUp(page);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  const posts: string[] = [];
  let block = true;
  await page.route("**/api/reviews", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posts.push(String((route.request().postDataJSON() as { reviewId: string }).reviewId));
    if (block) return route.abort("connectionrefused");
    return route.continue();
  });
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Good, / }).click();
  // Answered Good, the new card moves to Learning at once, before the server has it.
  await expectCounts(page, { new: 19, learning: 1, due: 0 });
  await expect.poll(() => posts.length).toBeGreaterThan(0);
  block = false;
  await page.reload();
  await expectCounts(page, { new: 19, learning: 1, due: 0 });
  await expect.poll(() => new Set(posts).size).toBe(1);
});

test("a topic session studies one topic's cards, and an empty queue says when to come back", async ({ page }) => {
  await signUp(page);
  await page.goto("/review?topic=no-such-topic");
  await expect(page.getByRole("main").getByRole("alert")).toContainText('There is no topic with id "no-such-topic" to study.');

  await setNewCardsPerDay(page, 2);
  await page.goto("/review?topic=trade-and-cepa");
  await expect(page.getByRole("heading", { name: /^Study: Trade and the CEPA/ })).toBeVisible();
  await page.getByRole("button", { name: "Start review" }).click();
  await expectCounts(page, { new: 2, learning: 0, due: 0 });
  await expect(page.getByTestId("review-card-front")).toContainText("Trade and the CEPA");
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /^Easy, / }).click();
  }
  // Answered Easy, both are reviews not due for days: a topic session does not offer them again.
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByTestId("session-summary").locator("dd").first()).toHaveText("2");

  await setNewCardsPerDay(page, 0);
  await page.goto("/review");
  await expect(page.getByRole("heading", { name: "Nothing to review right now" })).toBeVisible();
  await expect(page.getByText(/Your next card is due/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/settings");
  await expectAccessible(page);
});

test("settings explain each field and refuse bad values field by field", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.90");
  await expect(page.getByLabel("Day starts at")).toHaveValue("4");
  await expect(page.getByText(/The chance of remembering a card when it comes back/)).toBeVisible();
  await page.getByLabel("Desired retention").fill("0.99");
  await page.getByLabel("Learning steps", { exact: true }).fill("1m 10x");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Desired retention must be between 0.70 and 0.97")).toBeVisible();
  await expect(page.getByText(/Learning steps must look like 1m, 10m, 1h or 1d/)).toBeVisible();
  await expect(page.getByLabel("Desired retention")).toBeFocused();
  await expect(page.getByLabel("Desired retention")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Desired retention").fill("0.85");
  await page.getByLabel("Learning steps", { exact: true }).fill("2m 15m");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.85");
  await expect(page.getByLabel("Learning steps", { exact: true })).toHaveValue("2m 15m");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/London");
});

test("after clicking a card control, Space shows the answer; the shortcuts work wherever focus sits on the review screen", async ({ page }) => {
  await signUp(page);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();

  await page.getByRole("button", { name: "Flag card" }).click();
  await expect(page.getByRole("button", { name: "Flagged" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("review-card-front")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Flagged" })).toHaveAttribute("aria-pressed", "true");

  // Focus left on a control by keyboard: Space is still the review's key, and grades work too.
  await page.getByRole("button", { name: "Flagged" }).focus();
  await page.keyboard.press("3");
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await page.getByRole("button", { name: "Suspend card" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Suspend card" })).toBeVisible();
});

test("custom study: once the daily new-card limit is used, a topic offers new cards beyond it, says how that affects the schedule, and keeps its size over a reload", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await setNewCardsPerDay(page, 1);
  // Today's one new card goes on the first topic; the Trade topic, never started, then has nothing left today.
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy, / }).click();
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await page.goto("/review?topic=trade-and-cepa");
  await expect(page.getByRole("heading", { name: "Nothing to review right now" })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: "Custom study" }).click();
  await expect(page.getByRole("heading", { name: /^Custom study: Trade and the CEPA/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: /New cards beyond today's limit/ }).check();
  await page.getByLabel("Number of cards").fill("0");
  await page.getByRole("button", { name: "Start custom study" }).click();
  await expect(page.getByText("Number of cards must be a whole number from 1 to 200.")).toBeVisible();
  await page.getByLabel("Number of cards").fill("3");
  await page.getByRole("button", { name: "Start custom study" }).click();

  await expect(page.getByRole("heading", { name: /^Custom study: Trade and the CEPA/ })).toBeVisible();
  await expect(page.getByTestId("review-intro")).toContainText("on top of your daily new-card limit");
  await expectCounts(page, { new: 3, learning: 0, due: 0 });
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Easy, / }).click();
  await expectCounts(page, { new: 2, learning: 0, due: 0 });
  await page.reload();
  await expectCounts(page, { new: 2, learning: 0, due: 0 });
});

test("the card browser finds a suspended or flagged card again, shows its history, and undoes the suspension", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await page.goto("/review?topic=trade-and-cepa");
  await page.getByRole("button", { name: "Start review" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /^Good, / }).click();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  const suspended = page.waitForResponse((r) => r.url().endsWith("/api/reviews/flags") && r.ok());
  await page.getByRole("button", { name: "Suspend card" }).click();
  await suspended;
  await expect(page.getByText("Card suspended")).toBeVisible();

  await page.goto("/cards");
  await expect(page.getByRole("heading", { name: "Card browser", level: 1 })).toBeVisible();
  await page.getByLabel("State", { exact: true }).selectOption("suspended");
  await page.getByRole("button", { name: "Search cards" }).click();
  await expect(page).toHaveURL(/state=suspended/);
  await expect(page.getByRole("status")).toHaveText("1 card.");
  const card = page.getByRole("main").getByRole("listitem").first();
  await expect(card.getByText("Suspended", { exact: true })).toBeVisible();
  await card.getByRole("button", { name: "Flag", exact: true }).click();
  await expect(card.getByText("Flagged", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/cards?state=flagged");
  await expect(page.getByRole("status")).toHaveText("1 card.");
  await page.getByRole("button", { name: "Unsuspend" }).click();
  await expect(page.getByRole("main").getByRole("listitem").first().getByText("Suspended", { exact: true })).toBeHidden();
  await page.goto("/cards?state=suspended");
  await expect(page.getByRole("status")).toHaveText("No cards match.");
  await page.goto("/cards?state=flagged");
  await page.getByRole("button", { name: "Unflag" }).click();
  await expect(page.getByRole("status")).toHaveText("No cards match.");

  // The card answered Good is learning, with its answer in its history.
  await page.getByLabel("Topic", { exact: true }).selectOption({ label: "Trade and the CEPA: figures, imbalance, upgrade" });
  await page.getByLabel("State", { exact: true }).selectOption("learning");
  await page.getByRole("button", { name: "Search cards" }).click();
  await expect(page.getByRole("status")).toHaveText("1 card.");
  const learnt = page.getByRole("main").getByRole("listitem").first();
  await learnt.getByText(/^History \(1\)$/).click();
  await expect(learnt.getByText(/Good \(was new\)/)).toBeVisible();
});
