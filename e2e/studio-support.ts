import { expect, type Page } from "@playwright/test";
import path from "node:path";
import { PASSWORD, signIn } from "./support";

/** Created by scripts/e2e-server.sh: nobody can sign up as an editor. */
export const E2E_EDITOR = "editor-e2e@example.test";

export const ARTICLE_003 = path.resolve(process.cwd(), "../shared/articles/003_60242e7a83e49185.txt");

export async function signInAsEditor(page: Page) {
  await signIn(page, E2E_EDITOR, PASSWORD);
  // The first sign-in after the server starts can be slow on a busy machine.
  await expect(page).toHaveURL(/\/studio$/, { timeout: 30_000 });
}
