import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { createClass, createTopicSet } from "./classes-support";
import { correctOptionIndex, currentQuestion, expectAllSaved, loadQuestionBank, prelims } from "./quiz-support";

const TOPIC = "Climate, health and urban cooperation";

/** Joins by link and takes the assignment's 2-question test, right or wrong as planned. */
async function takeTest(page: Page, code: string, plan: ("right" | "wrong")[]) {
  const bank = loadQuestionBank();
  await page.goto(`/join/${code}`);
  await page.getByRole("button", { name: "Join Analysis batch" }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("button", { name: "Take the test: Analysis week" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[^/]+$/);
  for (const [i, outcome] of plan.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1} of ${plan.length}` })).toBeVisible();
    const { id } = await currentQuestion(page);
    const right = correctOptionIndex(prelims(bank, id));
    const pick = outcome === "right" ? right : (right + 1) % 4;
    await page.keyboard.press(String(pick + 1));
    await expect(page.getByRole("list", { name: "Options" }).getByRole("button").nth(pick)).toHaveAttribute("aria-pressed", "true");
    if (i < plan.length - 1) await page.keyboard.press("n");
  }
  await expectAllSaved(page);
  await page.getByRole("button", { name: "Submit test" }).click();
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/result$/);
}

test("item analysis: share right per question, the common wrong answer, percentiles and a student's answers", async ({ browser, page }) => {
  test.setTimeout(180_000);
  await signUp(page, { role: "teacher", name: "Teacher Ila" });
  await createTopicSet(page, "Analysis week", TOPIC);
  const { classId, code } = await createClass(page, "Analysis batch");
  await page.goto(`/teacher/classes/${classId}`);
  await page.getByLabel("Topic set").selectOption({ label: "Analysis week" });
  await page.getByRole("radio", { name: /^Practice test/ }).check();
  await page.getByLabel("Due", { exact: true }).fill(`${new Date().getUTCFullYear() + 1}-01-15T18:00`);
  await page.getByLabel("Questions in the test").fill("2");
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();

  for (const [name, plan] of [
    ["Bright Bina", ["right", "right"]],
    ["Middle Mani", ["right", "wrong"]],
  ] as const) {
    const context = await browser.newContext();
    const student = await context.newPage();
    await signUp(student, { name });
    await takeTest(student, code, [...plan]);
    await context.close();
  }

  await page.reload();
  await page.getByRole("link", { name: /^Item analysis of Analysis week/ }).click();
  await expect(page.getByRole("heading", { name: "Item analysis: Analysis week", level: 1 })).toBeVisible();
  await expect(page.getByText("2 of 2 students submitted the test")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Question 1: 100% right" })).toBeVisible();
  const second = page.getByRole("article", { name: "Question 2: 50% right" });
  await expect(second.getByText(/^Most common wrong answer: \([a-d]\) .+ \(1 student\)$/)).toBeVisible();
  const rows = page.getByRole("table", { name: /Scores and percentiles/ }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Bright Bina4/475");
  await expect(rows.nth(2)).toContainText("Middle Mani1.33/425");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Answers of Middle Mani" }).click();
  await expect(page.getByRole("heading", { name: "Middle Mani's answers: Analysis week" })).toBeVisible();
  // One line per question in the review: one right, one wrong.
  await expect(page.locator("details > summary").filter({ hasText: "✗ wrong" })).toHaveCount(1);
  await expect(page.locator("details > summary").filter({ hasText: "✓ correct" })).toHaveCount(1);
});
