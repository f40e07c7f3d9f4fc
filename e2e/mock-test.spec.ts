import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { correctOptionIndex, currentQuestion, expectAllSaved, loadFlashcards, loadQuestionBank, optionKey, prelims, renderOptions, wrongFacts } from "./quiz-support";

/**
 * The definition of done: a 10-question timed mock taken by keyboard, reloaded half-way,
 * submitted, scored as computed by hand (negative marks included), and its mistakes sent to review.
 */
const PLAN = ["right", "wrong", "right", "wrong", "blank", "right", "wrong", "right", "wrong", "right"] as const;
const MARKED = new Set([1, 2]); // question 2 (wrong) and 3 (right) are marked for review
// 5 right, 4 wrong, 1 blank: 5 × 2 − 4 × 2/3 = 22/3.
const EXPECTED = { marks: "7.33", fromCorrect: "10.00", lost: "2.67", max: "20.00" };

test("a timed mock by keyboard survives a reload, scores with negative marks and feeds mistakes to review", async ({ page }) => {
  test.setTimeout(120_000);
  const bank = loadQuestionBank();
  await signUp(page);
  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("10");
  await expect(page.getByLabel("Time limit (minutes)")).toHaveValue("12");
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Question 1 of 10" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toBeVisible();
  const deadline = await page.getByRole("timer", { name: "Time left" }).getAttribute("data-deadline");
  expect(deadline).toBeTruthy();
  await expectAccessible(page);

  const chosen = new Map<string, number | null>();
  const answerQuestion = async (i: number) => {
    await expect(page.getByRole("heading", { name: `Question ${i + 1} of 10` })).toBeVisible();
    const { id, options } = await currentQuestion(page);
    const q = prelims(bank, id);
    // What is shown must be what is scored: the same options in the same order.
    expect(options.map((o) => o.replace(/^\([a-d]\)\s*/, "").trim())).toEqual(renderOptions(q));
    const right = correctOptionIndex(q);
    const pick = PLAN[i] === "right" ? right : PLAN[i] === "wrong" ? (right + 1) % 4 : null;
    if (pick !== null) {
      await page.keyboard.press(optionKey(pick, i % 2 === 1));
      await expect(page.getByRole("list", { name: "Options" }).getByRole("button").nth(pick)).toHaveAttribute("aria-pressed", "true");
    }
    if (MARKED.has(i)) {
      await page.keyboard.press("m");
      await expect(page.getByText("⚑ marked for review").first()).toBeVisible();
    }
    chosen.set(id, pick);
    if (i < PLAN.length - 1) await page.keyboard.press(i % 2 === 0 ? "n" : "ArrowRight");
  };

  for (let i = 0; i < 5; i++) await answerQuestion(i);

  // Half-way: reload and come back to the same question, answers and deadline.
  await expect(page.getByRole("heading", { name: "Question 6 of 10" })).toBeVisible();
  await expectAllSaved(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Question 6 of 10" })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Time left" })).toHaveAttribute("data-deadline", deadline!);
  const grid = page.getByRole("navigation", { name: "Questions" });
  await expect(grid.getByText("4 answered · 6 unanswered · 2 marked for review")).toBeVisible();
  await expect(grid.getByRole("button", { name: "Question 2: answered, marked for review" })).toBeVisible();
  await expect(grid.getByRole("button", { name: "Question 5: not answered" })).toBeVisible();
  // P goes back, and the saved answer is still chosen there.
  await page.keyboard.press("p");
  await expect(page.getByRole("heading", { name: "Question 5 of 10" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  const q4 = await currentQuestion(page);
  await expect(page.getByRole("list", { name: "Options" }).getByRole("button").nth(chosen.get(q4.id)!)).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("n");
  await page.keyboard.press("n");

  for (let i = 5; i < 10; i++) await answerQuestion(i);
  await expectAllSaved(page);
  await expect(grid.getByText("9 answered · 1 unanswered · 2 marked for review")).toBeVisible();

  await page.getByRole("button", { name: "Submit test" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("1 question is unanswered");
  await page.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/practice\/attempts\/[^/]+\/result$/);

  await expect(page.getByTestId("score")).toHaveText(`${EXPECTED.marks} out of ${EXPECTED.max}`);
  await expect(page.getByTestId("marks-from-correct")).toContainText(`+${EXPECTED.fromCorrect}`);
  await expect(page.getByTestId("marks-lost")).toContainText(`4 wrong × −⅔ = −${EXPECTED.lost}`);
  await expect(page.getByText("9 of 10", { exact: true })).toBeVisible(); // attempted
  await expect(page.getByText("56% of attempted")).toBeVisible(); // 5 of 9
  await expect(page.getByRole("heading", { name: "Should you guess?" })).toBeVisible();
  await expect(page.getByText(/right 1 of 2 times \(50%\)/)).toBeVisible();
  const byTopic = page.getByRole("table", { name: "Results by topic" });
  await expect(byTopic.getByRole("row")).not.toHaveCount(0);
  await expectAccessible(page);

  // Mistakes feed memory: the cards about every misjudged fact.
  const factIds = new Set([...chosen].flatMap(([id, pick]) => (pick === null ? [] : wrongFacts(prelims(bank, id), pick))));
  const cards = loadFlashcards().filter((c) => c.factIds.some((f) => factIds.has(f)));
  expect(cards.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Add my mistakes to today's review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toContainText(`Added ${cards.length} card${cards.length === 1 ? "" : "s"} to today's review`);

  // Today's review must hold them even with no new-card allowance left: mistake cards come in
  // on top of the daily new-card limit (set to 0 here, as if the day's new cards were used up).
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("0");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  const queue = (await (await page.request.get("/api/reviews/queue")).json()) as { counts: { new: number }; items: { cardId: string; kind: string }[] };
  const newIds = new Set(queue.items.filter((i) => i.kind === "new").map((i) => i.cardId));
  for (const card of cards) expect(newIds, `card ${card.id} in today's review`).toContain(card.id);
  await page.goto("/review");
  await expect(page.getByTestId("count-new").locator("dd")).toHaveText(String(queue.counts.new));
  expect(queue.counts.new).toBe(cards.length);
});

test("the test submits itself when the countdown reaches zero", async ({ page }) => {
  const bank = loadQuestionBank();
  // The browser's clock is faked so a one-minute test does not take a minute; the server's is real,
  // and it accepts a submit at any time (only answers are refused after the deadline).
  await page.clock.install();
  await signUp(page);
  await page.goto("/practice");
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("3");
  await page.getByLabel("Time limit (minutes)").fill("1");
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();
  await expect(page.getByRole("timer", { name: "Time left" })).toHaveText(/^[01]:\d\d$/);
  const { id } = await currentQuestion(page);
  const right = correctOptionIndex(prelims(bank, id));
  await page.keyboard.press(optionKey(right, false));
  await expectAllSaved(page);
  await page.clock.fastForward(61_000);
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByTestId("score")).toHaveText("2.00 out of 6.00");
});

test("bad mock-test numbers get a field error and start nothing; an abandoned test can be discarded; many topics make a short title", async ({ page }) => {
  await signUp(page);
  await page.goto("/practice");
  const topicCount = await page.getByRole("group", { name: "Topics" }).getByRole("checkbox").count();
  await page.getByRole("button", { name: "Choose all" }).click();
  const start = page.getByRole("button", { name: "Start the timed test" });

  for (const bad of ["0", "101", ""]) {
    await page.getByLabel("Number of questions").fill(bad);
    await start.click();
    await expect(page.getByText("Number of questions must be a whole number from 1 to 100.")).toBeVisible();
    await expect(page.getByLabel("Number of questions")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Number of questions")).toHaveValue(bad);
    await expect(page).toHaveURL(/\/practice$/);
  }
  await page.getByLabel("Number of questions").fill("2");
  await page.getByLabel("Time limit (minutes)").fill("999");
  await start.click();
  await expect(page.getByText("Time limit must be from 1 to 240 minutes.")).toBeVisible();
  await expect(page).toHaveURL(/\/practice$/);

  // The server's refusal (one topic holds fewer questions than asked) comes back beside its field too.
  await page.reload();
  await page.getByRole("group", { name: "Topics" }).getByRole("checkbox").first().check();
  const count = page.getByLabel("Number of questions");
  await count.fill("100");
  await start.click();
  await expect(count).toHaveAccessibleDescription(/^The chosen topics have \d+ questions?; ask for \d+ or fewer, or add topics\.$/);
  await expect(count).toHaveAttribute("aria-invalid", "true");
  await expect(count).toBeFocused();
  await expect(count).toHaveValue("100");
  await expect(page).toHaveURL(/\/practice$/);
  await page.reload();
  await expect(page.getByText("No tests or practice sessions yet.")).toBeVisible();

  // A valid test, walked away from.
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("2");
  await page.getByLabel("Time limit (minutes)").fill("5");
  await start.click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  await page.goto("/practice");
  const row = page.getByRole("listitem").filter({ hasText: "Mock test:" });
  await expect(row).toHaveCount(1);
  // Every topic was chosen: the title names two and counts the rest.
  if (topicCount > 3) await expect(row.getByText(`and ${topicCount - 2} more topics`)).toBeVisible();
  await row.getByRole("button", { name: /^Discard mock test started/ }).click();
  await page.getByRole("button", { name: "Yes, discard" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Mock test:" })).toHaveCount(0);
  await expect(page.getByText("No tests or practice sessions yet.")).toBeVisible();
});
