import { expect, type Page } from "@playwright/test";
import { correctOptionIndex, currentQuestion, expectAllSaved, loadQuestionBank, optionKey, prelims } from "./quiz-support";
import { reviewByKeyboard } from "./review-support";

/** Starts a topic session and grades the first cards shown, by keyboard, in order. */
export async function reviewTopicByKeyboard(page: Page, topicId: string, grades: readonly ("1" | "2" | "3" | "4")[]) {
  await page.goto(`/review?topic=${topicId}`);
  await expect(page.getByRole("button", { name: "Start review" })).toBeVisible();
  await page.keyboard.press("Space");
  for (const grade of grades) {
    // Each answer must reach the server before the page is left, or the statistics would miss it.
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/reviews" && r.request().method() === "POST" && r.ok());
    await reviewByKeyboard(page, grade);
    await saved;
  }
}

/**
 * Starts a timed mock over every topic with `plan.length` questions and answers each as planned
 * (right, wrong or blank) by keyboard. Submits unless `submit` is false. Returns the attempt id.
 */
export async function takeMock(page: Page, plan: readonly ("right" | "wrong" | "blank")[], { submit = true } = {}) {
  const bank = loadQuestionBank();
  await page.goto("/practice");
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill(String(plan.length));
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[^/]+$/);
  const attemptId = page.url().split("/").at(-1)!;
  for (const [i, outcome] of plan.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1} of ${plan.length}` })).toBeVisible();
    const { id } = await currentQuestion(page);
    const right = correctOptionIndex(prelims(bank, id));
    if (outcome !== "blank") await page.keyboard.press(optionKey(outcome === "right" ? right : (right + 1) % 4, false));
    if (i < plan.length - 1) await page.keyboard.press("n");
  }
  await expectAllSaved(page);
  if (!submit) return attemptId;
  await page.getByRole("button", { name: "Submit test" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/result$/);
  return attemptId;
}

/** The value shown for a term in a description list (dt/dd), e.g. a statistics tile. */
export function tile(page: Page, label: string) {
  return page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}
