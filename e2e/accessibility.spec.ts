import { test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";

test("landing page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
});

test("sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
});

test("dashboard has no serious accessibility violations", async ({ page }) => {
  await signUp(page);
  await expectAccessible(page);
});
