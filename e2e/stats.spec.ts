import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { reviewTopicByKeyboard, takeMock, tile } from "./stats-support";
import { keepDayBoundaryAway } from "./review-support";

const TOPIC = "trade-and-cepa";
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The definition of done: a new student reviews by keyboard and takes a short mock, and the
 * dashboard and statistics show exactly that. Two new cards answered Easy become review cards; a
 * second topic session reviews them early, one Again and one Good: four answers, two of them
 * review-state answers with a short interval (young), one recalled, so true retention is 1 of 2.
 */
test("the dashboard and statistics reflect exactly the reviews and mock test a student did", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await keepDayBoundaryAway(page);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Today's work" })).toBeVisible();
  await expect(tile(page, "New cards")).toHaveText("20");
  await expect(tile(page, "Due for review")).toHaveText("0");
  await expect(tile(page, "Current streak")).toHaveText("0 days");
  await expect(page.getByRole("main").getByRole("link", { name: "Start today's review" })).toHaveAttribute("href", "/review");
  await expectAccessible(page);

  await page.goto("/stats");
  await expect(page.getByText("No reviews in the last year yet.", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take a mock test in Practice" })).toBeVisible();
  await expectAccessible(page);

  await reviewTopicByKeyboard(page, TOPIC, ["4", "4"]);
  // Later, in a new tab (a new review session), the topic offers those two cards again, early.
  const later = await page.context().newPage();
  await reviewTopicByKeyboard(later, TOPIC, ["1", "3"]);
  await later.close();
  await takeMock(page, ["right", "wrong", "blank"]);
  const open = await takeMock(page, ["right"], { submit: false });

  await page.goto("/dashboard");
  await expect(tile(page, "New cards")).toHaveText("18"); // 20 a day, 2 introduced today
  await expect(tile(page, "In learning")).toHaveText("1"); // the card answered Again is relearning
  await expect(tile(page, "Due for review")).toHaveText("0");
  await expect(tile(page, "Current streak")).toHaveText("1 day");
  await expect(tile(page, "Longest streak")).toHaveText("1 day");
  await expect(page.getByText("You have answered 4 cards today.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Resume mock test/ })).toHaveAttribute("href", `/practice/attempts/${open}`);
  const topicCard = page.getByRole("article").filter({ has: page.getByRole("link", { name: /Trade and the CEPA/ }) });
  await expect(topicCard.getByText(/^Started: 2 of \d+$/)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/stats");
  await expect(tile(page, "Current streak")).toHaveText("1 day");
  await expect(tile(page, "Longest streak")).toHaveText("1 day");
  await expect(tile(page, "Reviews, all time")).toHaveText("4");
  await expect(tile(page, "True retention, 30 days")).toHaveText("50%");
  const retention = page.getByRole("table", { name: /True retention by period/ });
  await expect(retention.getByRole("row", { name: /Last 7 days/ })).toContainText("50.0%1 of 2No answers50.0%1 of 2");
  await expect(retention.getByRole("row", { name: /Last 365 days/ })).toContainText("1 of 2");
  await expect(page.getByText("4 reviews on 1 day of the last 365; the busiest day had 4.")).toBeVisible();
  await expect(page.getByText(/^4 reviews on 1 day, 0\.1 a day on average\.$/)).toBeVisible();
  await expect(page.getByText(/^1 card due today/)).toBeVisible();
  await expect(page.getByText("1 test; the latest scored 22% of the marks with 50% accuracy.")).toBeVisible();
  await expect(page.getByText(/^Wrong answers cost you 0\.67 marks over 1 test/)).toBeVisible();

  // The table alternative holds the same numbers.
  const mockFigure = page.getByRole("figure", { name: "Score and accuracy per mock test" });
  await mockFigure.getByText("Show the numbers as a table").click();
  await expect(mockFigure.getByRole("row").nth(1)).toContainText("1.33 of 6");
  await expect(mockFigure.getByRole("row").nth(1)).toContainText("1 / 1 / 1");

  await page.getByRole("link", { name: "Last 90 days" }).click();
  await expect(page).toHaveURL(/range=90/);
  await expect(page.getByText(/^4 reviews on 1 day, 0\.0 a day on average\.$/)).toBeVisible();
  await expectAccessible(page);

  // Exam readiness: a past date is refused, a future one gives predictions and a fact to revise.
  const examDate = page.getByLabel("Exam date");
  await examDate.fill("2020-01-01");
  await page.getByRole("button", { name: "Save exam date" }).click();
  await expect(page.getByText(/Exam date must be in the future/)).toBeVisible();
  await expect(examDate).toHaveAttribute("aria-invalid", "true");
  await examDate.fill(isoDay(new Date(Date.now() + 60 * 86_400_000)));
  await page.getByRole("button", { name: "Save exam date" }).click();
  await expect(page.getByText(/^(59|60|61) days to your exam on/)).toBeVisible();
  const readiness = page.getByRole("table", { name: /Predicted recall on exam day/ });
  await expect(readiness.getByRole("row", { name: /Trade and the CEPA/ })).toContainText("2 of");
  const weakest = page.getByRole("heading", { name: "Review these facts first" }).locator("..").getByRole("link").first();
  await expect(weakest).toHaveAttribute("href", new RegExp(`^/topics/${TOPIC}#fact-`));
  await expectAccessible(page);
  await weakest.click();
  await expect(page).toHaveURL(new RegExp(`/topics/${TOPIC}#fact-`));
});

test("the statistics page reads well on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUp(page);
  await page.goto("/stats");
  await expect(page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
