import { expect, test } from "@playwright/test";
import { signUp } from "./support";

// Done-when, part 3: the optimizer runs on a seeded history of 2,000 reviews and reports its before and
// after log loss. The history is seeded through the app's e2e-only route (E2E_SEED_ROUTES, set by
// scripts/e2e-server.sh), as the student who then optimizes.
test("a student with 2,000 reviews optimizes their FSRS parameters, sees both log losses, and can return to the defaults", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto("/settings");
  const panel = page.getByRole("region", { name: "Your memory model (FSRS optimizer)" });
  await expect(panel.getByText("You have 0 of the 400 reviews needed.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Optimize my parameters" })).toBeDisabled();

  const seeded = await page.request.post("/api/e2e/fsrs-history", { data: { reviews: 2000 }, headers: { Origin: new URL(page.url()).origin } });
  expect(seeded.status(), await seeded.text()).toBe(201);

  await page.reload();
  await expect(panel.getByText("You have 2000 reviews: enough to optimize.")).toBeVisible();
  await expect(panel.getByText("In use: the FSRS-6 default parameters.")).toBeVisible();
  await panel.getByRole("button", { name: "Optimize my parameters" }).click();

  const table = panel.getByRole("table", { name: /How well each set of weights predicts your/ });
  await expect(table).toBeVisible({ timeout: 120_000 });
  const logLoss = async (row: string) => Number(await table.getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell").first().textContent());
  const before = await logLoss("FSRS-6 defaults");
  const after = await logLoss("Optimized");
  expect(before).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  await expect(panel.getByRole("status")).toHaveText(/now scheduled with them/);
  await expect(panel.getByText(/Suggested desired retention: 0\.\d\d/)).toBeVisible();
  await expect(panel.getByText("In use: your own optimized parameters.")).toBeVisible();

  // Still there after a reload: the run and the parameters live in the database.
  await page.reload();
  await expect(table).toBeVisible();
  await panel.getByRole("button", { name: "Return to default parameters" }).click();
  await expect(panel.getByText("In use: the FSRS-6 default parameters.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Return to default parameters" })).toHaveCount(0);
});
