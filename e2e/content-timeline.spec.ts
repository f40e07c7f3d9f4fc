import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { correctOptionIndex, currentQuestion, loadQuestionBank, prelims } from "./quiz-support";

// Issue 10: facts carry their time, superseded facts point to their successor, the relationship has
// a timeline, and the new background topics can be practised like the rest.

test("the timeline lists the relationship year by year and links each event to its facts", async ({ page }) => {
  await page.goto("/topics");
  await page.getByRole("navigation", { name: "Topic views" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/topics\?view=timeline$/);
  await expect(page.getByRole("heading", { name: "Timeline", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");

  const timeline = page.getByRole("list", { name: "Timeline of India-South Korea relations" });
  const years = await timeline.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(years.length).toBeGreaterThan(5);
  expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));

  // The 2018 state visit: the event, its date, and a fact link that opens the fact on its topic page.
  const visit = timeline.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /state visit sets the USD 50 billion trade goal/ }) });
  await expect(visit.locator("time")).toHaveText("Jul 2018");
  const factLink = visit.getByRole("list", { name: /^Facts on / }).getByRole("link", { name: /USD 50 billion/ });
  const href = (await factLink.getAttribute("href"))!;
  expect(href).toMatch(/^\/topics\/[a-z0-9-]+#fact-[a-z0-9-]+$/);
  await expectAccessible(page);
  await factLink.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace("#", "#")}$`));
  await expect(page.locator(`li${href.slice(href.indexOf("#"))}`)).toContainText("USD 50 billion");

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/topics?view=timeline");
  await expect(page.getByRole("heading", { name: "1953" })).toBeVisible();
});

test("a topic page dates its facts, cites official references, and sends a superseded fact to its successor", async ({ page }) => {
  await page.goto("/topics/indo-pacific-and-geopolitics");
  const old = page.locator("li#fact-us-five-percent-demand");
  await expect(old).toContainText("Superseded");
  await expect(old.getByText(/^As of \d{4}-\d{2}-\d{2}$/)).toHaveText("As of 2025-07-14");
  const successor = old.getByRole("link", { name: /3\.5 percent of GDP/ });
  await expect(successor).toHaveAttribute("href", "#fact-korea-defence-spending-3-5");

  const current = page.locator("li#fact-korea-defence-spending-3-5");
  await expect(current.getByText(/^As of \d{4}-\d{2}-\d{2}$/)).toHaveText("As of 2025-11-14");
  await expect(current.getByRole("list", { name: "Sources" })).toContainText("Reference: The White House");
  await expect(current.getByRole("list", { name: "Sources" }).getByRole("link")).toHaveAttribute("href", /^https:\/\//);
  await expectAccessible(page);

  await successor.click();
  await expect(page).toHaveURL(/#fact-korea-defence-spending-3-5$/);
});

test("a student answers a question from a new background topic in practice mode", async ({ page }) => {
  const bank = loadQuestionBank();
  const topicId = "korean-war-and-india";
  expect([...bank.values()].some((q) => q.kind !== "mains" && q.topicIds.includes(topicId))).toBe(true);
  await signUp(page);
  await page.goto(`/practice/topic/${topicId}`);
  await page.getByRole("button", { name: "Start practising" }).click();
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();

  const shown = await currentQuestion(page);
  const question = prelims(bank, shown.id);
  expect(question.topicIds).toContain(topicId);
  await page.keyboard.press(String(correctOptionIndex(question) + 1));
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("Correct");
  await expect(page.getByText(/^1 of \d+ answered · 1 correct$/)).toBeVisible();
  await expectAccessible(page);
});
