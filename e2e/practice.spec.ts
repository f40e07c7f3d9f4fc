import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { correctOptionIndex, currentQuestion, loadQuestionBank, prelims } from "./quiz-support";

test("topic practice explains each answer at once, links the facts, and keeps answers final", async ({ page }) => {
  const bank = loadQuestionBank();
  await signUp(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/practice");
  const topicLink = page.getByRole("link", { name: /questions$/ }).first();
  const href = (await topicLink.getAttribute("href"))!;
  const topicId = href.split("/").pop()!;
  await topicLink.click();
  await expect(page).toHaveURL(new RegExp(`/practice/topic/${topicId}$`));
  await page.getByRole("button", { name: "Start practising" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();
  await expectAccessible(page);

  // A deliberately wrong answer: the feedback names the right one and explains it.
  const first = await currentQuestion(page);
  const q = prelims(bank, first.id);
  const right = correctOptionIndex(q);
  const wrong = (right + 1) % 4;
  await page.keyboard.press(String(wrong + 1));
  const explanation = page.getByRole("region", { name: "Explanation" });
  await expect(explanation).toContainText("Wrong");
  await expect(explanation).toContainText(`the answer is (${"abcd"[right]})`);
  const factLinks = explanation.getByRole("link", { name: /^Read in / });
  await expect(factLinks.first()).toHaveAttribute("href", new RegExp(`^/topics/[a-z0-9-]+#fact-(${q.factIds.join("|")})$`));
  const options = page.getByRole("list", { name: "Options" }).getByRole("button");
  await expect(options.nth(right)).toContainText("correct answer");
  await expect(options.nth(wrong)).toBeDisabled();
  await expectAccessible(page);

  // Final once explained: another key does nothing, and a reload shows the same feedback.
  await page.keyboard.press(String(right + 1));
  await expect(options.nth(wrong)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("Wrong");
  await expect(page.getByText(/^1 of \d+ answered · 0 correct$/)).toBeVisible();

  // The next one right, with the letter key.
  // The reloaded page may still be hydrating (the keys are a client handler): press again until it moves.
  await expect(async () => {
    await page.keyboard.press("n");
    await expect(page.getByRole("heading", { name: /^Question 2 of \d+$/ })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const second = prelims(bank, (await currentQuestion(page)).id);
  await page.keyboard.press("abcd"[correctOptionIndex(second)]!);
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("Correct");
  await expect(page.getByText(/^2 of \d+ answered · 1 correct$/)).toBeVisible();

  await page.getByRole("button", { name: "Finish practice" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("marks-lost")).toContainText("−0.67");
});

test("a mains draft survives a reload before it was saved, then shows the framework and keeps rubric ticks", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice/mains");
  await page.getByRole("link", { name: /^Write an answer/ }).first().click();
  await page.getByRole("button", { name: /Start writing/ }).click();
  await expect(page).toHaveURL(/\/practice\/mains\/answers\/[^/]+$/);
  const box = page.getByLabel("Your answer");
  await expect(page.getByRole("timer", { name: "Time writing" })).toBeVisible();
  await expectAccessible(page);

  // Typed and reloaded at once, before the autosave: the local copy brings it back and saves it.
  await box.fill("India and Korea share interests in the Indo-Pacific.");
  await expect(page.getByText(/^8 \/ (150|250) words$/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your answer")).toHaveValue("India and Korea share interests in the Indo-Pacific.");
  await expect(page.getByText("Draft saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your answer")).toHaveValue("India and Korea share interests in the Indo-Pacific.");

  // Refused by the server: the message is beside the answer, which keeps its text and takes focus.
  // Typing before the reloaded page has hydrated would race React's own value for the box.
  await expect(page.getByRole("button", { name: "Finish and see the framework" })).toBeEnabled();
  const tooLong = "a ".repeat(10_001);
  await page.getByLabel("Your answer").fill(tooLong);
  await page.getByRole("button", { name: "Finish and see the framework" }).click();
  await expect(page.getByLabel("Your answer")).toHaveAccessibleDescription(/the answer is too long: keep it under 20000 characters/);
  await expect(page.getByLabel("Your answer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your answer")).toBeFocused();
  await expect(page.getByLabel("Your answer")).toHaveValue(tooLong);

  await page.getByLabel("Your answer").fill("India and Korea share interests in the Indo-Pacific. Trade needs an upgraded CEPA.");
  await page.getByLabel("Your answer").blur();
  await expect(page.getByText("Draft saved")).toBeVisible();
  await page.getByRole("button", { name: "Finish and see the framework" }).click();
  await expect(page.getByRole("heading", { name: "A framework for this answer" })).toBeVisible();
  const firstTick = page.getByRole("group", { name: "Check your answer" }).getByRole("checkbox").first();
  const saved = page.waitForResponse((r) => r.url().endsWith("/rubric") && r.request().method() === "PUT");
  await firstTick.check();
  expect((await saved).status()).toBe(200);
  await expect(page.getByText(/^1 of \d+ met$/)).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("group", { name: "Check your answer" }).getByRole("checkbox").first()).toBeChecked();

  await page.goto("/practice/mains");
  await expect(page.getByRole("link", { name: /^View/ })).toBeVisible();
  await expect(page.getByText(/13 words/)).toBeVisible();
});
