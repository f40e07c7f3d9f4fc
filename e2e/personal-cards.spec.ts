import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { reviewByKeyboard, watchSavedAnswers } from "./review-support";

/**
 * Issue 15, part 1: a student writes a basic card and a cloze card about a fact on a topic page, meets the
 * first in the review queue, edits it (its schedule stays) and deletes the other. The card text is invented
 * for this test, not taken from any article.
 */
const BASIC_FRONT = "Drill A: which river runs through the made-up city of Velmora?";
const CLOZE_FRONT = "Drill B: the made-up Velmora accord has {{c1::seven}} clauses.";

test("a student adds, reviews, edits and deletes their own cards", async ({ page }) => {
  await signUp(page);

  await page.goto("/cards/mine");
  await expect(page.getByText("You have no cards of your own yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a card" }).click();
  await expect(page.getByRole("heading", { name: "Add my own card" })).toBeVisible();
  await page.getByRole("textbox", { name: "Front" }).fill(BASIC_FRONT);
  await page.getByRole("textbox", { name: "Back" }).fill("The Drillwater");
  await page.getByRole("textbox", { name: "Tags (optional)" }).fill("velmora  rivers Velmora");
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText(/Card added \(1 so far\)/)).toBeVisible();
  await expectAccessible(page);

  // A cloze card about a fact, from the topic page; an empty front is refused beside the field first.
  await page.goto("/topics");
  await page.locator('main a[href^="/topics/"]').first().click();
  await page.getByRole("link", { name: "Add my own card about this fact" }).first().click();
  await expect(page.getByRole("heading", { name: "Add my own card" })).toBeVisible();
  await page.getByRole("radio", { name: "Cloze (fill the blank)" }).check();
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.locator("#front-error")).toBeVisible();
  await page.getByRole("textbox", { name: "Front" }).fill(CLOZE_FRONT);
  await page.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText(/Card added \(1 so far\)/)).toBeVisible();

  await page.goto("/cards/mine");
  await expect(page.getByText("2 cards.")).toBeVisible();
  await expect(page.getByRole("list", { name: "My cards" }).getByText(/Cloze · .+ · about a fact · New/)).toBeVisible();
  // Tags are shown once each and filter the list.
  const basicTags = page.getByRole("listitem").filter({ hasText: BASIC_FRONT }).getByRole("list", { name: "Tags" }).getByRole("link");
  await expect(basicTags).toHaveText(["Show cards tagged velmora", "Show cards tagged rivers"]);
  await page.getByRole("link", { name: "Show cards tagged rivers" }).click();
  await expect(page.getByText("1 card tagged rivers.")).toBeVisible();
  await expect(page.getByText(CLOZE_FRONT)).toHaveCount(0);
  await expectAccessible(page);

  // Own new cards come first in the queue, in the order they were written.
  const answers = watchSavedAnswers(page);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  expect(await reviewByKeyboard(page, "3")).toBe(BASIC_FRONT);
  await answers.settled(1);

  // Editing keeps the schedule: the card is no longer new after the edit.
  await page.goto("/cards/mine");
  await page.getByRole("link", { name: `Edit card: ${BASIC_FRONT.slice(0, 60)}` }).click();
  await page.getByRole("textbox", { name: "Back" }).fill("The Drillwater river");
  await expect(page.getByRole("textbox", { name: "Tags (optional)" })).toHaveValue("velmora rivers");
  await page.getByRole("textbox", { name: "Tags (optional)" }).fill("rivers");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
  const basicItem = page.getByRole("listitem").filter({ hasText: BASIC_FRONT });
  await expect(basicItem.getByText("The Drillwater river")).toBeVisible();
  await expect(basicItem.getByText(/Basic · No topic · (Learning|Review)/)).toBeVisible();
  await expect(basicItem.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText(["Show cards tagged rivers"]);

  // Deleting asks once, says what goes with the card, and removes it.
  await page.getByRole("link", { name: `Edit card: ${CLOZE_FRONT.slice(0, 60)}` }).click();
  await page.getByRole("button", { name: "Delete card…" }).click();
  await expect(page.getByText(/whole review history are deleted with it/)).toBeVisible();
  await page.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Card deleted." })).toBeVisible();
  await expect(page.getByText("1 card.")).toBeVisible();
  await expect(page.getByText(CLOZE_FRONT)).toHaveCount(0);
});
