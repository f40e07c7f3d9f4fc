import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { createClass, createTopicSet, localInput, parseCsv } from "./classes-support";
import { correctOptionIndex, currentQuestion, expectAllSaved, loadQuestionBank, prelims, topicCardCount } from "./quiz-support";

// A topic whose cards each test a different fact, so burying siblings never holds one back for a day.
const TOPIC = { id: "indo-pacific-and-geopolitics", title: "The Indo-Pacific, US pressure and geopolitics" };
const CARDS = topicCardCount(TOPIC.id);

/** The table row of `name` on the class dashboard, as cell texts. */
async function tableRow(page: Page, name: string): Promise<string[]> {
  const row = page.getByRole("region", { name: /^Progress of / }).getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row).toHaveCount(1);
  return (await row.locator("th, td").allInnerTexts()).map((t) => t.trim());
}

test("a teacher assigns a topic set; a student joins, reviews and takes the test; the dashboard and CSV agree", async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  // Teacher: a class, a one-topic set, and an assignment with a 3-question test.
  await signUp(teacher, { role: "teacher", name: "Teacher Tara" });
  const { classId, code } = await createClass(teacher, "GS2 evening batch");
  await expectAccessible(teacher);
  await createTopicSet(teacher, "Indo-Pacific week", TOPIC.title);
  await teacher.goto(`/teacher/classes/${classId}`);
  await teacher.getByLabel("Topic set").selectOption({ label: "Indo-Pacific week" });
  await teacher.getByRole("radio", { name: /^Both/ }).check();
  await teacher.getByLabel("Due").fill(localInput(new Date(Date.now() + 7 * 86_400_000)));
  await teacher.getByLabel("Questions in the test").fill("3");
  await teacher.getByLabel("Time limit (minutes)").fill("5");
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: /^Indo-Pacific week \(due / })).toBeVisible();

  // Student: joins through the link (confirming first), then sees the assignment.
  const studentName = "Meera Iyer";
  await signUp(student, { name: studentName });
  await student.goto(`/join/${code}`);
  await expect(student.getByText("GS2 evening batch", { exact: true })).toBeVisible();
  await expectAccessible(student);
  await student.getByRole("button", { name: "Join GS2 evening batch" }).click();
  await expect(student).toHaveURL(/\/classes$/);
  const assignment = student.getByRole("listitem").filter({ has: student.getByRole("heading", { name: /Indo-Pacific week/ }) });
  await expect(assignment.getByText("Cards introduced and reviewed:")).toContainText(`0 of ${CARDS}`);
  await expect(assignment.getByText("Test not taken")).toBeVisible();
  await expectAccessible(student);

  // Review every card of the topic: Space shows the answer, 3 grades it Good.
  await assignment.getByRole("link", { name: "Start review: Indo-Pacific week" }).click();
  await expect(student).toHaveURL(new RegExp(`/review\\?topic=${TOPIC.id}$`));
  const newCount = student.getByTestId("count-new").locator("dd");
  await expect(newCount).toHaveText(String(CARDS));
  // Grades are saved in the background; count the saves so the page is left only once all landed.
  let saved = 0;
  student.on("response", (r) => {
    if (r.request().method() === "POST" && new URL(r.url()).pathname === "/api/reviews" && r.ok()) saved += 1;
  });
  await student.getByRole("button", { name: "Start review" }).click();
  let graded = 0;
  for (; graded < 30 && (await newCount.innerText()) !== "0"; graded++) {
    await expect(student.getByTestId("review-front")).toBeVisible();
    await student.keyboard.press("Space");
    await expect(student.getByRole("button", { name: /^Good, \S+/ })).toBeVisible();
    await student.keyboard.press("3");
  }
  await expect(newCount).toHaveText("0");
  await expect.poll(() => saved, { message: "every grade saved" }).toBe(graded);

  // The test: the same three questions for everyone; right, wrong, right = 2 + 2 − 2/3.
  const bank = loadQuestionBank();
  await student.goto("/classes");
  await expect(assignment.getByText("Cards introduced and reviewed:")).toContainText(`${CARDS} of ${CARDS}`);
  await assignment.getByRole("button", { name: "Take the test: Indo-Pacific week" }).click();
  await expect(student).toHaveURL(/\/practice\/attempts\/[^/]+$/);
  const attemptUrl = student.url();
  for (const [i, plan] of (["right", "wrong", "right"] as const).entries()) {
    await expect(student.getByRole("heading", { name: `Question ${i + 1} of 3` })).toBeVisible();
    const { id } = await currentQuestion(student);
    const right = correctOptionIndex(prelims(bank, id));
    const pick = plan === "right" ? right : (right + 1) % 4;
    await student.keyboard.press(String(pick + 1));
    await expect(student.getByRole("list", { name: "Options" }).getByRole("button").nth(pick)).toHaveAttribute("aria-pressed", "true");
    if (i < 2) await student.keyboard.press("n");
  }
  await expectAllSaved(student);
  await student.getByRole("button", { name: "Submit test" }).click();
  await student.getByRole("button", { name: "Submit now" }).click();
  await expect(student).toHaveURL(/\/result$/);

  // The assignment points at the one attempt the student took.
  await student.goto("/classes");
  await expect(assignment.getByText("Test score: 3.33/6")).toBeVisible();
  await expect(assignment.getByText("Complete")).toBeVisible();
  await expect(assignment.getByRole("link", { name: "See test result: Indo-Pacific week" })).toHaveAttribute("href", new URL(attemptUrl).pathname);

  // Teacher: the dashboard shows completion and score; the CSV holds the same text.
  await teacher.goto(`/teacher/classes/${classId}`);
  const row = await tableRow(teacher, studentName);
  expect(row.slice(2, 6)).toEqual([`${CARDS}/${CARDS}`, "3.33/6", "100%", "Complete"]);
  // "Completion" is explained next to the table, and the table points screen readers to it.
  await expect(teacher.getByText(/Completion is how much of an assignment a student has done/)).toBeVisible();
  await expect(teacher.locator('[role="region"][aria-describedby="completion-legend"]')).toHaveCount(1);
  await expectAccessible(teacher);
  await teacher.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(teacher);
  await teacher.setViewportSize({ width: 1280, height: 800 });
  const csv = await teacher.request.get(`/api/classes/${classId}/export`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="gs2-evening-batch-\d{4}-\d{2}-\d{2}\.csv"$/);
  const rows = parseCsv(await csv.text());
  const headings = await teacher.getByRole("region", { name: /^Progress of / }).getByRole("columnheader").allInnerTexts();
  expect(rows[0]!.length).toBe(row.length);
  expect(headings.length).toBeGreaterThanOrEqual(row.length);
  expect(rows.find((r) => r[0] === studentName)).toEqual(row);

  // Drill-down for the student.
  await teacher.getByRole("region", { name: /^Progress of / }).getByRole("link", { name: studentName }).click();
  await expect(teacher.getByRole("heading", { name: studentName, level: 1 })).toBeVisible();
  await expect(teacher.getByText(/score 3\.33\/6/)).toBeVisible();
  await expectAccessible(teacher);

  // Neither the student nor another teacher can open the class dashboard, roster or export.
  await student.goto(`/teacher/classes/${classId}`);
  await expect(student).toHaveURL(/\/dashboard$/);
  expect((await student.request.get(`/api/classes/${classId}/export`)).status()).toBe(403);
  const rivalContext = await browser.newContext();
  const rival = await rivalContext.newPage();
  await signUp(rival, { role: "teacher", name: "Rival Ravi" });
  for (const path of [`/teacher/classes/${classId}`, `/teacher/classes/${classId}/roster`]) {
    // The (teach) group streams behind its loading.tsx, so the status line is already sent: the
    // not-found page arrives with 200, and what matters is that nothing of the class is shown.
    await rival.goto(path);
    await expect(rival.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(rival.getByText("GS2 evening batch")).toHaveCount(0);
    await expect(rival.getByText(studentName)).toHaveCount(0);
  }
  expect((await rival.request.get(`/api/classes/${classId}/export`)).status()).toBe(404);
  await Promise.all([teacherContext.close(), studentContext.close(), rivalContext.close()]);
});

test("join codes: a malformed code is explained, a disabled code refused, and a student joins with the form", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();
  await signUp(teacher, { role: "teacher" });
  const { code } = await createClass(teacher, "Morning batch");
  await signUp(student);

  await student.goto("/classes");
  const codeField = student.getByLabel("Join code");
  await codeField.fill("abc");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(codeField).toHaveAccessibleDescription(/^A join code has 10 letters and digits, like ABCDE-FGH23\./);
  await expect(codeField).toHaveAttribute("aria-invalid", "true");
  await expect(codeField).toBeFocused();

  // An expiry in the past is refused beside its field, and the typed value stays.
  const expiry = teacher.getByLabel("Code expires");
  await expiry.fill("2020-01-01T10:00");
  await teacher.getByRole("button", { name: "Set expiry" }).click();
  await expect(expiry).toHaveAccessibleDescription(/^The expiry must be in the future\./);
  await expect(expiry).toHaveAttribute("aria-invalid", "true");
  await expect(expiry).toHaveValue("2020-01-01T10:00");

  await teacher.getByRole("checkbox", { name: "Accept new students with this code" }).uncheck();
  await expect(teacher.getByText("Joining is off")).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByRole("checkbox", { name: "Accept new students with this code" })).not.toBeChecked();
  await student.getByLabel("Join code").fill(code.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(codeField).toHaveAccessibleDescription(/^This class is not taking new students with that code\. Ask your teacher for a new one\./);

  await teacher.getByRole("checkbox", { name: "Accept new students with this code" }).check();
  await expect(teacher.getByText("Joining is off")).toHaveCount(0);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("status").filter({ hasText: "You joined Morning batch." })).toBeVisible();
  await expect(student.getByText("Morning batch").first()).toBeVisible();
  await student.getByLabel("Join code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  // Not about the code typed: the form's own message.
  await expect(student.getByRole("main").getByRole("alert")).toHaveText("You are already in Morning batch.");
  await expect(codeField).not.toHaveAttribute("aria-invalid", "true");
  await student.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(student);
  await Promise.all([teacherContext.close(), studentContext.close()]);
});
