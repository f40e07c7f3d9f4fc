import { expect, type Page } from "@playwright/test";

/** A datetime-local value for `date` in this machine's zone (the browser's zone too). */
export function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Creates a class from /teacher and returns its id and join code, read off the class page. */
export async function createClass(page: Page, name: string): Promise<{ classId: string; code: string }> {
  await page.goto("/teacher");
  await page.getByLabel("Class name").fill(name);
  await page.getByLabel("Exam year").fill("2027");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page).toHaveURL(/\/teacher\/classes\/[^/]+$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const classId = new URL(page.url()).pathname.split("/").pop()!;
  const code = (await page.getByTestId("join-code").innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  return { classId, code };
}

/** Creates a topic set of one topic (by its title) from /teacher/topic-sets/new. */
export async function createTopicSet(page: Page, name: string, topicTitle: string) {
  await page.goto("/teacher/topic-sets/new");
  await page.getByLabel("Topic set name").fill(name);
  await page.getByRole("checkbox", { name: new RegExp(`^${topicTitle}`) }).check();
  await page.getByRole("button", { name: "Create topic set" }).click();
  await expect(page).toHaveURL(/\/teacher\/topic-sets$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
}

/** A strict reader for the exported CSV (quoted cells, CRLF rows, UTF-8 byte-order mark). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}
