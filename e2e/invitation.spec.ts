import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./support";
import { createClass } from "./classes-support";

test("a join link survives sign-up: both forms name the class, and the new student confirms and joins", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUp(teacher, { role: "teacher", name: "Teacher Ines" });
  const { code } = await createClass(teacher, "Invite batch");
  await teacherContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fjoin%2F/);
  const notice = page.getByText("You're joining Invite batch by Teacher Ines.");
  await expect(notice).toBeVisible();

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fjoin%2F/);
  await expect(notice).toBeVisible();
  // A refused first try keeps the invitation too.
  await page.getByLabel("Name").fill("Nila Das");
  await page.getByLabel("Email").fill(uniqueEmail("invited"));
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();

  // The confirmation step of the join link, then the class.
  await expect(page).toHaveURL(new RegExp(`/join/${code.replace("-", "-?")}$`));
  await page.getByRole("button", { name: "Join Invite batch" }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByRole("region", { name: "Classes you are in" }).getByText("Invite batch")).toBeVisible();
  await context.close();
});

test("an existing student signs in from a join link and lands on its confirmation step", async ({ browser, page }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUp(teacher, { role: "teacher", name: "Teacher Omar" });
  const { code } = await createClass(teacher, "Evening invite");
  await teacherContext.close();

  const { email } = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signing out is a call and then a page load: wait for the signed-out page before going on.
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto(`/join/${code}`);
  await expect(page.getByText("You're joining Evening invite by Teacher Omar.")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Join Evening invite" })).toBeVisible();
});
