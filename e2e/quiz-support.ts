import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, type Page } from "@playwright/test";
import { questionSchema, type PrelimsQuestion, type Question } from "../lib/content/question-schema";
import { correctOptionIndex, renderOptions } from "../lib/quiz/render-options";
import { wrongFacts } from "../lib/quiz/wrong-facts";

const CONTENT = path.join(process.cwd(), "content");

/** The question bank as the server synced it, read from disk so the test knows the answers. */
export function loadQuestionBank(): Map<string, Question> {
  const dir = path.join(CONTENT, "questions");
  const bank = new Map<string, Question>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    const doc = parse(fs.readFileSync(path.join(dir, file), "utf8")) as { questions?: unknown[] };
    for (const raw of doc.questions ?? []) {
      const q = questionSchema.parse(raw);
      bank.set(q.id, q);
    }
  }
  return bank;
}

/** Live flashcards from content/topics, for working out which cards a mistake should add. */
export function loadFlashcards(): { id: string; factIds: string[] }[] {
  const dir = path.join(CONTENT, "topics");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((file) => (parse(fs.readFileSync(path.join(dir, file), "utf8")) as { flashcards?: { id: string; factIds: string[] }[] }).flashcards ?? []);
}

/** How many live flashcards a topic file holds: what an assignment of that topic asks the student to study. */
export function topicCardCount(topicId: string): number {
  const file = path.join(CONTENT, "topics", `${topicId}.yaml`);
  return ((parse(fs.readFileSync(file, "utf8")) as { flashcards?: unknown[] }).flashcards ?? []).length;
}

export function prelims(bank: Map<string, Question>, id: string): PrelimsQuestion {
  const q = bank.get(id);
  if (!q || q.kind === "mains") throw new Error(`question ${id} is not a prelims question in content/questions`);
  return q;
}

export { correctOptionIndex, renderOptions, wrongFacts };

/** Keys the test presses for option k: alternate digits and letters so both shortcut sets are used. */
export const optionKey = (k: number, useLetter: boolean) => (useLetter ? "abcd"[k]! : String(k + 1));

/** The question on screen: its id, number and option labels. */
export async function currentQuestion(page: Page) {
  const article = page.locator("article[data-question-id]");
  await expect(article).toBeVisible();
  const id = (await article.getAttribute("data-question-id"))!;
  const options = await article.getByRole("list", { name: "Options" }).getByRole("button").allInnerTexts();
  return { id, options };
}

/** Waits until every answer has reached the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /answers saved|Saving|Not saved/ })).toHaveText("All answers saved");
}
