import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "./support";

test("a new student signs up, signs out and signs back in", async ({ page, context }) => {
  const { email, name } = await signUp(page);
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
  const firstCookie = (await context.cookies()).find((c) => c.name === "dossier_session");
  expect(firstCookie?.httpOnly).toBe(true);
  expect(firstCookie?.sameSite).toBe("Lax");
  // npm start serves in production mode: Secure even over http://localhost.
  expect(firstCookie?.secure).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "dossier_session")).toBeUndefined();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const secondCookie = (await context.cookies()).find((c) => c.name === "dossier_session");
  expect(secondCookie?.value).toBeTruthy();
  expect(secondCookie?.value).not.toBe(firstCookie?.value);
});

test("a signed-out session cookie no longer works", async ({ page, context }) => {
  await signUp(page);
  const cookie = (await context.cookies()).find((c) => c.name === "dossier_session")!;
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signing out is a call and then a page load: wait for the signed-out page before going on.
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.addCookies([cookie]);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("bad sign-up input is explained next to each field and the form keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ravi");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("radio", { name: "teacher" }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Ravi");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByRole("radio", { name: "teacher" })).toBeChecked();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a duplicate email is refused at the email field", async ({ page, browser }) => {
  const email = uniqueEmail("dup");
  const other = await browser.newPage();
  await signUp(other, { email });
  await other.close();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Second");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  // Everything but the password survives, and "Sign in instead" is a link.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue("Second");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.getByRole("link", { name: "Sign in instead" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password gets a generic message, and repeated failures are rate-limited", async ({ page }) => {
  const { email } = await signUp(page, { role: "teacher" });
  await page.getByRole("button", { name: "Sign out" }).click();
  // Signing out is a call and then a page load: wait for the signed-out page before going on.
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const generic = "That email and password do not match an account.";
  await signIn(page, uniqueEmail("nobody"), "whatever-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(generic);
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, "wrong-password-123");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(generic);
  }
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts. Try again in 1 minute.");
});

test("a student cannot open a teacher page", async ({ page }) => {
  await signUp(page);
  await page.goto("/teacher");
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("signing out forgets this browser's drafts and unsent answers", async ({ page }) => {
  await signUp(page);
  await page.evaluate(() => {
    localStorage.setItem("dossier:mains-draft:q-test", "half an answer");
    sessionStorage.setItem("dossier.review.outbox", "[]");
    localStorage.setItem("unrelated", "kept");
  });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const left = await page.evaluate(() => ({
    draft: localStorage.getItem("dossier:mains-draft:q-test"),
    outbox: sessionStorage.getItem("dossier.review.outbox"),
    unrelated: localStorage.getItem("unrelated"),
  }));
  expect(left).toEqual({ draft: null, outbox: null, unrelated: "kept" });
});

test("sign out everywhere ends the sessions on other devices too", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const otherDevice = await browser.newContext();
  const phone = await otherDevice.newPage();
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/sign-in/);
  await otherDevice.close();
});
