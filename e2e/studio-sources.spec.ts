import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { ARTICLE_003, signInAsEditor } from "./studio-support";

test.describe("studio sources", () => {
  test("an upload of an unknown format is refused with a clear message", async ({ page }) => {
    await signInAsEditor(page);
    // content/ topics are listed as such, and read-only in the studio (docs/decisions/010).
    await expect(page.getByRole("heading", { name: "Topics from content/ files" })).toBeVisible();
    await expect(page.getByText("From content/topics/trade-and-cepa.yaml · read-only here")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Add a source" }).click();
    await page.getByLabel(/Article file/).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7 binary") });
    await page.getByRole("button", { name: "Clean article" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("scan.pdf: unknown format");
    await page.getByRole("radio", { name: "Paste text" }).check();
    await page.getByLabel("Article text").fill("   ");
    await page.getByRole("button", { name: "Clean article" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("empty");
  });

  test("an editor uploads article 003, which supplies the text of the article content/ cites", async ({ page }) => {
    test.skip(!existsSync(ARTICLE_003), "the seed articles are not on this machine");
    await signInAsEditor(page);
    await page.goto("/studio/sources/new");
    await page.getByLabel(/Article file/).setInputFiles(ARTICLE_003);
    await page.getByRole("button", { name: "Clean article" }).click();
    await expect(page.getByRole("heading", { name: /Cleaned article: 9 paragraphs/ })).toBeVisible();
    await expect(page.getByText(/same story as the stored article/)).toBeVisible();
    await page.getByText(/Removed as boilerplate/).click();
    await expect(page.getByText("Sources:", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/Label/).fill("Undated op-ed on India-Korea ties");
    await page.getByRole("button", { name: "Add as another source" }).click();
    await expect(page).toHaveURL(/\/studio\/articles\/india-and-south-korea-bolster-ties-as-strategic$/);
    await expect(page.getByText("¶8")).toBeVisible();
    await expect(page.locator("mark").first()).toBeVisible();
    await expectAccessible(page);
    const url = page.url();

    // Students never read article text.
    await page.context().clearCookies();
    await signUp(page, { role: "student" });
    await page.goto(url);
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
