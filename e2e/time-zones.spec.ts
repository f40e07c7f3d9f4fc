import { expect, test } from "@playwright/test";
import { signUp } from "./support";
import { createClass, createTopicSet } from "./classes-support";
import { formatDateTime } from "../lib/format/dates";

// The browser says UTC while every account is stored at the default, Asia/Kolkata.
test.use({ timezoneId: "UTC" });

test("settings show the stored time zone, offer the browser's, and saving another field keeps it", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("Asia/Kolkata");
  await expect(page.getByText("Your browser is set to UTC.")).toBeVisible();
  // One name per zone: the legacy alias is not a second choice.
  await expect(zone.locator('option[value="Asia/Calcutta"]')).toHaveCount(0);
  await expect(zone.locator('option[value="Asia/Kolkata"]')).toHaveCount(1);

  await page.getByLabel("Desired retention").fill("0.85");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.85");
  await expect(zone).toHaveValue("Asia/Kolkata");

  await page.getByRole("button", { name: "Use UTC" }).click();
  await expect(zone).toHaveValue("UTC");
  await expect(page.getByRole("button", { name: "Use UTC" })).toBeHidden();
});

test("a teacher's due date is typed and shown in the teacher's own time zone, which the form names", async ({ page }) => {
  await signUp(page, { role: "teacher", name: "Teacher Zia" });
  await createTopicSet(page, "Zone week", "Climate, health and urban cooperation");
  const { classId } = await createClass(page, "Zone batch");
  await page.goto(`/teacher/classes/${classId}`);
  const due = page.getByLabel("Due", { exact: true });
  await expect(due).toHaveAccessibleDescription(/Times in Asia\/Kolkata \(UTC\+05:30\)/);
  const year = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Topic set").selectOption({ label: "Zone week" });
  await page.getByRole("radio", { name: /^Review/ }).check();
  await due.fill(`${year}-12-02T21:00`);
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();
  // Read back in the same zone: 21:00, not the 02:30 the next day a UTC browser used to produce.
  await expect(page.getByText(new RegExp(`· due \\w{3}, 2 Dec ${year}, 21:00`))).toBeVisible();
  await page.getByRole("button", { name: /^Change due date of Zone week/ }).click();
  await expect(page.getByLabel("New due date")).toHaveValue(`${year}-12-02T21:00`);
  // A due date before the start is refused beside the field, in the same zone, and nothing moves.
  await page.getByLabel("New due date").fill("2020-01-01T10:00");
  await page.getByRole("button", { name: "Save due date" }).click();
  await expect(page.getByLabel("New due date")).toHaveAccessibleDescription(/^The due date must be after the start date\. Times in Asia\/Kolkata/);
  await expect(page.getByLabel("New due date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("New due date")).toHaveValue("2020-01-01T10:00");
});

test("the student's tests are listed at the times of the student's own zone, not the browser's", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  // UTC+14, so the listed time differs from the browser's UTC and from the default zone.
  const zone = "Pacific/Kiritimati";
  await page.getByLabel("Time zone").selectOption(zone);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  await page.goto("/practice");
  await page.getByRole("button", { name: "Choose all" }).click();
  await page.getByLabel("Number of questions").fill("2");
  const before = Date.now();
  await page.getByRole("button", { name: "Start the timed test" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  const after = Date.now();
  await page.goto("/practice");
  const row = page.getByRole("listitem").filter({ hasText: "Mock test:" });
  const text = await row.innerText();
  const candidates = new Set([before, after].map((t) => formatDateTime(new Date(t), zone)));
  expect([...candidates].some((c) => text.includes(c)), `${text} shows one of ${[...candidates].join(" | ")}`).toBe(true);
});
