import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

let counter = 0;

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

export const PASSWORD = "correct horse battery";

export async function signUp(page: Page, { role = "student", name = "Asha Rao", email = uniqueEmail(role) }: { role?: "student" | "teacher"; name?: string; email?: string } = {}) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("radio", { name: role }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  // The first sign-up after the server starts also warms its database and password hashing up,
  // which on a busy machine takes longer than the usual 10 s.
  await expect(page).toHaveURL(role === "teacher" ? /\/teacher$/ : /\/dashboard$/, { timeout: 30_000 });
  return { email, name, password: PASSWORD };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fails on serious or critical accessibility violations, listing them. */
export async function expectAccessible(page: Page) {
  // Next streams metadata for dynamic pages: wait for the <title> before judging the document.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
