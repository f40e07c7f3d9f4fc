import { expect, test } from "@playwright/test";
import { signUp } from "./support";
import { expectCounts, keepDayBoundaryAway, reviewByKeyboard, setNewCardsPerDay } from "./review-support";

test("offline, the review goes on, a banner counts the answers waiting, and they sync once each when back online", async ({ page, context }) => {
  await signUp(page);
  await keepDayBoundaryAway(page);
  await setNewCardsPerDay(page, 5);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await expectCounts(page, { new: 5, learning: 0, due: 0 });

  const saved: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/reviews") && response.request().method() === "POST" && response.ok()) {
      saved.push(String((response.request().postDataJSON() as { reviewId: string }).reviewId));
    }
  });

  await context.setOffline(true);
  const banner = page.getByRole("status").filter({ hasText: "You are offline." });
  await expect(banner).toBeVisible();
  await reviewByKeyboard(page, "4");
  await reviewByKeyboard(page, "4");
  await expectCounts(page, { new: 3, learning: 0, due: 0 });
  await expect(banner).toContainText("2 answers wait to sync");
  expect(saved).toEqual([]);

  await context.setOffline(false);
  await expect(banner).toHaveCount(0);
  await expect.poll(() => saved.length).toBe(2);
  expect(new Set(saved).size).toBe(2);
  await page.reload();
  await expectCounts(page, { new: 3, learning: 0, due: 0 });
  expect(saved).toHaveLength(2);
});
