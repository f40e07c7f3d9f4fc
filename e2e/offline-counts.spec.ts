import { expect, test } from "@playwright/test";
import { signUp } from "./support";
import { expectCounts, keepDayBoundaryAway, readCounts, setNewCardsPerDay, totalOf } from "./review-support";


test("grading fast keeps New + Learning + Due equal to the total before it, after every key press", async ({ page }) => {
  await signUp(page);
  await keepDayBoundaryAway(page);
  await setNewCardsPerDay(page, 8);
  // A slow connection: each answer takes a while to be saved, so several are in flight at once.
  await page.route("**/api/reviews", async (route) => {
    if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  await expectCounts(page, { new: 8, learning: 0, due: 0 });
  const total = 8;

  const front = page.getByTestId("review-front");
  for (let graded = 0; graded < 6; graded++) {
    await expect(front).toBeVisible();
    await page.keyboard.press("Space");
    expect(totalOf(await readCounts(page)), `after Space on card ${graded + 1}`).toBe(total);
    await page.keyboard.press("3");
    const counts = await readCounts(page);
    expect(totalOf(counts), `after grading card ${graded + 1} Good: ${counts.new} / ${counts.learning} / ${counts.due}`).toBe(total);
  }
  // Answered Good, all six are learning cards due again today; the server agrees once it has them all.
  await expectCounts(page, { new: 2, learning: 6, due: 0 });
  await page.unrouteAll({ behavior: "wait" });
  await page.reload();
  await expectCounts(page, { new: 2, learning: 6, due: 0 });
});
