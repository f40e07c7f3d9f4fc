import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./support";
import { createClass } from "./classes-support";

const NEW_PASSWORD = "a brand new passphrase";
const SENT = "If an account uses that email, we have sent it a link";

async function setNewPassword(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed and you were signed out everywhere." })).toBeVisible();
}

test("forgot password: the same answer for any email, a one-time link in the outbox, and every session signed out", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const other = await browser.newContext();
  const visitor = await other.newPage();

  await visitor.goto("/sign-in");
  await visitor.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(visitor).toHaveURL(/\/forgot-password$/);
  await visitor.getByLabel("Email").fill(uniqueEmail("nobody"));
  await visitor.getByRole("button", { name: "Send reset link" }).click();
  await expect(visitor.getByRole("status")).toContainText(SENT);
  await visitor.reload();
  await visitor.getByLabel("Email").fill(email);
  await visitor.getByRole("button", { name: "Send reset link" }).click();
  await expect(visitor.getByRole("status")).toContainText(SENT);

  await visitor.goto("/dev/outbox");
  const link = visitor.getByRole("link", { name: `Open link for ${email}` }).first();
  const url = (await link.getAttribute("href"))!;
  expect(url).toMatch(/\/reset-password\?token=/);
  await setNewPassword(visitor, url);

  // The first browser's session ended with the reset.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link worked once.
  await visitor.goto(url);
  await expect(visitor.getByRole("main").getByRole("alert")).toContainText("This reset link has expired or was already used.");
  await other.close();
});

test("a teacher makes a one-time reset link for a student of their class", async ({ page, browser }) => {
  await signUp(page, { role: "teacher", name: "Teacher Rhea" });
  const { classId, code } = await createClass(page, "Reset batch");
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  const { email } = await signUp(student, { name: "Forgetful Farid" });
  await student.goto(`/join/${code}`);
  await student.getByRole("button", { name: "Join Reset batch" }).click();
  await expect(student).toHaveURL(/\/classes$/);

  await page.goto(`/teacher/classes/${classId}`);
  await page.getByRole("link", { name: "Forgetful Farid" }).first().click();
  await page.getByRole("button", { name: "Make a reset link for Forgetful Farid" }).click();
  const url = await page.getByLabel("Reset link for Forgetful Farid").inputValue();
  expect(url).toMatch(/\/reset-password\?token=/);

  await setNewPassword(student, url);
  await student.getByLabel("Email").fill(email);
  await student.getByLabel("Password").fill(PASSWORD);
  await student.getByRole("button", { name: "Sign in" }).click();
  await expect(student.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
  await student.getByLabel("Password").fill(NEW_PASSWORD);
  await student.getByRole("button", { name: "Sign in" }).click();
  await expect(student).toHaveURL(/\/dashboard$/);
  await studentContext.close();
});
