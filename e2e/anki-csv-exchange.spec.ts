import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { reviewByKeyboard, watchSavedAnswers } from "./review-support";

/**
 * Issue 15, parts 1 and 2 of the journey: a student imports a CSV (two bad rows reported), reviews five of
 * the imported cards and exports an Anki package; a fresh student imports that package and has the same cards,
 * tags included.
 * The card text is invented for this test (capitals and made-up drill numbers), not taken from any article.
 */
const PLACES = [
  ["Peru", "Lima"], ["Kenya", "Nairobi"], ["Chile", "Santiago"], ["Norway", "Oslo"], ["Ghana", "Accra"],
  ["Nepal", "Kathmandu"], ["Egypt", "Cairo"], ["Japan", "Tokyo"], ["Cuba", "Havana"], ["Iran", "Tehran"],
  ["Fiji", "Suva"], ["Laos", "Vientiane"], ["Mali", "Bamako"], ["Oman", "Muscat"], ["Togo", "Lome"],
  ["Chad", "N'Djamena"], ["Iraq", "Baghdad"], ["Qatar", "Doha"], ["Yemen", "Sanaa"], ["Niger", "Niamey"],
  ["Spain", "Madrid"], ["Italy", "Rome"], ["Malta", "Valletta"], ["Benin", "Porto-Novo"], ["Gabon", "Libreville"],
  ["Sudan", "Khartoum"], ["Syria", "Damascus"], ["Tonga", "Nuku'alofa"],
] as const;

function drillCsv(): string {
  const rows = PLACES.map(([country, capital], i) => `Drill ${String(i + 1).padStart(2, "0")}: capital city of ${country}?,${capital},drill capitals`);
  // Two bad rows: an empty back (file row 6) and a repeat of the first card (file row 21).
  rows.splice(5, 0, "Drill 99: a prompt with no reply?,,drill");
  rows.splice(20, 0, `drill 01: capital city of ${PLACES[0][0]}?,${PLACES[0][1]},drill`);
  return `${rows.join("\r\n")}\r\n`;
}

async function chooseAndPreview(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string) {
  await page.goto("/cards/exchange");
  await page.getByLabel("Card file (.csv, .txt or .apkg, at most 20 MB)").setInputFiles(file);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: /^Preview of / })).toBeVisible({ timeout: 30_000 });
}

/** A student's own new cards come before the curriculum's, in the order they were written. */
async function reviewImportedCards(page: Page, count: number): Promise<string[]> {
  const answers = watchSavedAnswers(page);
  await page.goto("/review");
  await page.getByRole("button", { name: "Start review" }).click();
  const fronts: string[] = [];
  for (let i = 0; i < count; i++) fronts.push(await reviewByKeyboard(page, "4"));
  // Answers are saved in the background; leaving the page first would leave the last one in the outbox.
  await answers.settled(count);
  expect(fronts).toEqual(PLACES.slice(0, count).map(([country], i) => `Drill ${String(i + 1).padStart(2, "0")}: capital city of ${country}?`));
  return fronts;
}

/** The card browser lists the 28 imported cards, and the five reviewed ones kept their schedule (not new). */
async function assertSameDrillCards(page: Page) {
  await page.goto("/cards?q=Drill");
  await expect(page.getByRole("status").filter({ hasText: /cards?\./ })).toHaveText("28 cards.");
  for (const [country, capital] of [PLACES[0], PLACES[27]]) {
    await expect(page.getByText(`capital city of ${country}?`, { exact: false }).first()).toBeVisible();
    await expect(page.getByText(capital, { exact: true }).first()).toBeVisible();
  }
  await page.goto("/cards?q=Drill&state=new");
  await expect(page.getByRole("status").filter({ hasText: /cards?\./ })).toHaveText("23 cards.");
}

test("a CSV comes in with its bad rows reported, goes out as an Anki package, and a fresh student imports that package", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page);
  const csv = drillCsv();
  expect(csv.trim().split("\r\n")).toHaveLength(30);

  await chooseAndPreview(page, { name: "drill.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("status").filter({ hasText: "28 new cards" })).toContainText("2 rows with errors");
  const table = page.getByRole("table");
  await expect(table.getByRole("row").filter({ hasText: "Error: the back is empty" })).toContainText("6");
  await expect(table.getByRole("row").filter({ hasText: "Error: duplicate of row 1" })).toContainText("21");
  // The tags column comes in with each card.
  await expect(table.getByRole("row").filter({ hasText: "capital city of Kenya" })).toContainText("drill capitals");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import 28 cards" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported: 28 new cards" })).toBeVisible({ timeout: 30_000 });

  // The same file again creates nothing.
  await chooseAndPreview(page, { name: "drill-again.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("status").filter({ hasText: "0 new cards" })).toContainText("28 already in your cards");
  await expect(page.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();

  const reviewed = await reviewImportedCards(page, 5);
  expect(reviewed).toHaveLength(5);
  // Answers are saved in the background: the export must wait until all five are stored.
  await expect(async () => {
    await page.goto("/cards?q=Drill&state=new");
    await expect(page.getByRole("status").filter({ hasText: /cards?\./ })).toHaveText("23 cards.", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await page.goto("/cards/exchange");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download for Anki (.apkg)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.apkg$/);
  const apkgPath = testInfo.outputPath("my-cards.apkg");
  await download.saveAs(apkgPath);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  try {
    await signUp(fresh, { name: "Ravi Menon" });
    await chooseAndPreview(fresh, apkgPath);
    await expect(fresh.getByRole("status").filter({ hasText: "28 new cards" })).toContainText("0 rows with errors");
    await expect(fresh.getByRole("status").filter({ hasText: "28 new cards" })).toContainText("past reviews come with them");
    await fresh.getByRole("button", { name: /^Import \d+ cards$/ }).click();
    await expect(fresh.getByRole("status").filter({ hasText: "Imported: 28 new cards" })).toBeVisible({ timeout: 30_000 });
    await assertSameDrillCards(fresh);
    // The tags went out in the package and came back in: "My cards" filters by them.
    await fresh.goto("/cards/mine");
    await fresh.getByRole("combobox", { name: "Tag" }).selectOption("capitals");
    await fresh.getByRole("button", { name: "Show" }).click();
    await expect(fresh.getByText("28 cards tagged capitals.")).toBeVisible();
  } finally {
    await context.close();
  }
});

test("a file the server cannot read is refused beside the file field, and nothing is previewed", async ({ page }) => {
  await signUp(page);
  await page.goto("/cards/exchange");
  const field = page.getByLabel("Card file (.csv, .txt or .apkg, at most 20 MB)");
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(field).toHaveAccessibleDescription(/^Choose a \.csv, \.txt or \.apkg file first\./);
  await field.setInputFiles({ name: "deck.apkg", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip archive") });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(field).toHaveAccessibleDescription(/^This file is not an Anki package \(\.apkg\): it could not be opened as a zip archive\./);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await expect(page.getByRole("heading", { name: /^Preview of / })).toHaveCount(0);
});
