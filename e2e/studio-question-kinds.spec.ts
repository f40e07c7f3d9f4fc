import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { signInAsEditor } from "./studio-support";

// An invented article (our own text), pasted as a new source.
const ARTICLE = [
  "Harbour desks along the western shore",
  "Two port trusts on the western shore signed a memorandum in 2024 that created a shared harbour desk for berth schedules.",
  "The shared desk gathers every quarter, when its members resolve delays, tariffs and disputes over pilotage.",
  "Cargo moved between the two ports rose by 18 percent in the first year after the desk began work.",
  "Freight firms praised the arrangement yet pressed for quicker customs checks on both sides of the route.",
].join("\n");

const SUMMARY = Array.from(
  { length: 12 },
  (_, i) => `Point ${i + 1} of this editor's note sets out in plain words how a shared harbour desk changes trade between two neighbouring ports.`,
).join(" ");

const FACTS = [
  { statement: "The shared harbour desk was created by a 2024 memorandum between two port trusts.", paragraph: 1 },
  { statement: "In the desk's first year, cargo moving between the two ports grew by 18 percent.", paragraph: 3 },
  { statement: "The shared harbour desk meets once a quarter to settle delays and tariffs.", paragraph: 2 },
];

async function addFact(page: Page, n: number, statement: string, paragraph: number) {
  await page.getByRole("button", { name: "Add a fact" }).click();
  await page.getByLabel(`Fact ${n} statement, in your own words`).fill(statement);
  await page.getByRole("button", { name: `Cite paragraph ${paragraph}`, exact: true }).click();
  await page.getByRole("button", { name: "Done citing" }).click();
}

test("an editor writes a single-answer, a match-the-pairs, a Statement-I/II and a mains question, previews and publishes them; a student answers one", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsEditor(page);

  await page.goto("/studio/sources/new");
  await page.getByRole("radio", { name: "Paste text" }).check();
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Clean article" }).click();
  await page.getByLabel(/Label/).fill("Western harbour desk note");
  await page.getByLabel("Publisher").fill("Shore Gazette");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page).toHaveURL(/\/studio\/articles\//);

  await page.goto("/studio");
  await page.getByLabel("New topic title").fill("Harbour desk in every format");
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page).toHaveURL(/\/studio\/topics\/harbour-desk-in-every-format$/);
  await page.getByLabel("Summary (150-300 words, your own)").fill(SUMMARY);
  await page.getByLabel("Why it matters for the exam").fill("Port cooperation between neighbours is a GS2 theme.");
  for (const [i, f] of FACTS.entries()) await addFact(page, i + 1, f.statement, f.paragraph);

  // 1. Single answer: the correct option comes from fact 1; wrong options from the suggestions (other years) and by hand.
  await page.getByRole("button", { name: "Add a single-answer question" }).click();
  const single = page.getByRole("group", { name: "Question 1 (single-answer)" });
  await single.getByLabel("Question 1 stem").fill("In which year was the shared harbour desk created?");
  await expect(single.getByLabel("Question 1 correct option", { exact: true })).toHaveValue("2024");
  await single.getByRole("list", { name: "Suggestions for wrong option 1:" }).getByRole("button", { name: "2023" }).click();
  await expect(single.getByLabel("Question 1 wrong option 1", { exact: true })).toHaveValue("2023");
  await single.getByRole("list", { name: "Suggestions for wrong option 2:" }).getByRole("button", { name: "2025" }).click();
  await single.getByLabel("Question 1 wrong option 3", { exact: true }).fill("2021");
  for (const j of [1, 2, 3]) await single.getByLabel(`Question 1 wrong option ${j} explanation`).fill("The memorandum was signed in 2024.");
  // Years print in ascending order, so the key is derived: (c) 2024, shown as the student sees the options.
  await expect(single.getByText("Key (derived): (c) 2024")).toBeVisible();
  await expect(single.getByRole("list", { name: "Options" }).getByRole("button", { name: /2024.*correct answer/ })).toBeVisible();

  // 2. Match the pairs: List-II of a true pair comes from its fact; pair 3 is made wrong (from the keyboard).
  await page.getByRole("button", { name: "Add a match-the-pairs question" }).click();
  const pairs = page.getByRole("group", { name: "Question 2 (match-the-pairs)" });
  await pairs.getByLabel("Question 2 List-I heading (optional)").fill("Arrangement");
  await pairs.getByLabel("Question 2 List-II heading (optional)").fill("Detail");
  await pairs.getByLabel("Question 2 pair 1 List-I", { exact: true }).fill("Shared desk created");
  await expect(pairs.getByLabel("Question 2 pair 1 List-II")).toHaveValue("2024");
  await pairs.getByLabel("Question 2 pair 2 List-I", { exact: true }).fill("Growth in cargo");
  await pairs.getByLabel("Question 2 pair 2 List-II").fill("18 percent");
  await pairs.getByLabel("Question 2 pair 3 List-I", { exact: true }).fill("Meetings of the desk");
  const pair3 = pairs.getByLabel("Question 2 pair 3 is correctly matched");
  await pair3.focus();
  await page.keyboard.press("Space");
  await expect(pair3).not.toBeChecked();
  await pairs.getByLabel("Question 2 pair 3 List-II").fill("Every month");
  await pairs.getByLabel("Question 2 pair 3 explanation").fill("The desk meets once a quarter, not every month.");
  await expect(pairs.getByRole("table")).toContainText("Meetings of the desk");
  await expect(pairs.getByText("Key (derived): (b) Only two")).toBeVisible();

  // 3. Statement-I / Statement-II: both from facts; Statement-II made false, so the key is (c).
  await page.getByRole("button", { name: "Add a Statement-I / Statement-II question" }).click();
  const assertion = page.getByRole("group", { name: "Question 3 (Statement-I / Statement-II)" });
  await expect(assertion.getByLabel("Question 3 Statement-I", { exact: true })).toHaveValue(FACTS[0]!.statement);
  await assertion.getByLabel("Question 3 Statement-II is true").uncheck();
  await expect(assertion.getByLabel("Question 3: Statement-II explains Statement-I")).toBeDisabled();
  await assertion.getByLabel("Question 3 Statement-II", { exact: true }).fill("In the desk's first year, cargo moving between the two ports fell by 18 percent.");
  await assertion.getByLabel("Question 3 explanation").fill("The desk was created in 2024, and cargo rose, not fell, by 18 percent.");
  await expect(assertion.getByText("Key (derived): (c) Statement-I is correct, but Statement-II is incorrect")).toBeVisible();

  // 4. Mains: framework and rubric; the word limit follows the marks.
  await page.getByRole("button", { name: "Add a mains question" }).click();
  const mains = page.getByRole("group", { name: "Question 4 (mains)" });
  await mains.getByLabel("Question 4 question text").fill("A shared harbour desk can ease trade between neighbouring ports. Discuss.");
  await mains.getByRole("group", { name: "Question 4 marks" }).getByLabel("15 marks (250 words)").check();
  await mains.getByLabel("Question 4 introduction").fill("Ports that share schedules cut delays for everyone who uses them.");
  await mains.getByLabel("Question 4 key point 1", { exact: true }).fill("The 2024 memorandum set up a shared desk.");
  await mains.getByLabel("Question 4 key point 2", { exact: true }).fill("Cargo rose by 18 percent in its first year.");
  await mains.getByLabel("Question 4 way forward").fill("Add customs to the quarterly meetings.");
  await mains.getByLabel("Question 4 rubric item 1", { exact: true }).fill("Did I give the year and the growth figure?");
  await expect(mains.getByText("15 marks · 250 words · directive: discuss")).toBeVisible();
  await expect(mains.getByRole("heading", { name: "A framework for this answer" })).toBeVisible();

  // The live check names the field: an emptied stem is flagged beside it, and publishing waits.
  await single.getByLabel("Question 1 stem").fill("");
  await expect(single.getByLabel("Question 1 stem")).toHaveAttribute("aria-invalid", "true", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Publish" })).toBeDisabled();
  await single.getByLabel("Question 1 stem").fill("In which year was the shared harbour desk created?");

  await expect(page.getByRole("status").filter({ hasText: "All checks pass" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/Saved as version \d+/)).toBeVisible();
  await expectAccessible(page);

  // Narrow screens: nothing forces the page wider than a phone.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(single.getByText("Key (derived): (c) 2024")).toBeVisible();
  // When the page is too wide, name the innermost elements past the right edge, so a failure says what to fix.
  const layout = await page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const past = (el: Element) => el.getBoundingClientRect().right > edge;
    const width = document.documentElement.scrollWidth;
    const offenders = width <= edge ? [] : [...document.body.querySelectorAll("*")].filter((el) => past(el) && ![...el.children].some(past)).slice(0, 5);
    return { width, offenders: offenders.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? "").slice(0, 60)}`) };
  });
  expect(layout.offenders).toEqual([]);
  expect(layout.width).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/Published version \d+/)).toBeVisible();

  // A student answers the single-answer question with the derived key, and finds the mains question.
  await page.context().clearCookies();
  await signUp(page, { role: "student" });
  await page.goto("/practice/topic/harbour-desk-in-every-format");
  await page.getByRole("button", { name: "Start practising" }).click();
  await expect(page.getByText("In which year was the shared harbour desk created?")).toBeVisible();
  await page.getByRole("list", { name: "Options" }).getByRole("button", { name: /2024/ }).click();
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("Correct");
  await page.goto("/practice/mains");
  await expect(page.getByRole("heading", { name: "A shared harbour desk can ease trade between neighbouring ports. Discuss." })).toBeVisible();
});
