import { expect, test } from "@playwright/test";
import { expectAccessible, signUp } from "./support";
import { createClass, createTopicSet, localInput } from "./classes-support";

// An invented article the teacher pastes: the studio stores it privately for them.
const ARTICLE = [
  "Port links across the Bay",
  "Two harbour authorities on the eastern coast agreed this spring to share berth schedules and cargo data.",
  "The memorandum, signed in 2024, sets up a joint desk that meets every quarter to settle delays and fees.",
  "Officials said container traffic between the two ports grew by 18 percent over the previous year.",
  "Shipping lines welcomed the move but asked for faster customs clearance at both ends of the route.",
].join("\n");

const SUMMARY = Array.from(
  { length: 12 },
  (_, i) => `Point ${i + 1} of this private batch note explains in plain words how regional port cooperation shapes trade between neighbours.`,
).join(" ");

test("a teacher's private topic, once assigned, is seen by students of that class and by nobody else", async ({ browser }) => {
  test.setTimeout(180_000);
  const [teacherContext, memberContext, outsiderContext] = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const teacher = await teacherContext.newPage();
  const member = await memberContext.newPage();
  const outsider = await outsiderContext.newPage();

  // The teacher writes a private topic in the studio from an article of their own.
  await signUp(teacher, { role: "teacher", name: "Teacher Tara" });
  await teacher.goto("/studio");
  await expect(teacher.getByRole("heading", { name: "Your private topics" })).toBeVisible();
  await teacher.getByRole("link", { name: "Add a source" }).click();
  await teacher.getByRole("radio", { name: "Paste text" }).check();
  await teacher.getByLabel("Article text").fill(ARTICLE);
  await teacher.getByRole("button", { name: "Clean article" }).click();
  await teacher.getByLabel(/Label/).fill("Harbour desk note");
  await teacher.getByLabel("Publisher").fill("Coastal Gazette");
  await teacher.getByRole("button", { name: "Save article" }).click();
  await expect(teacher).toHaveURL(/\/studio\/articles\//);

  await teacher.goto("/studio");
  await teacher.getByLabel("New topic title").fill("Tara's harbour notes");
  await teacher.getByRole("button", { name: "Create topic" }).click();
  await expect(teacher).toHaveURL(/\/studio\/topics\/tara-s-harbour-notes$/);
  await expect(teacher.getByText("private to your classes")).toBeVisible();
  await teacher.getByLabel("Summary (150-300 words, your own)").fill(SUMMARY);
  await teacher.getByLabel("Why it matters for the exam").fill("Port diplomacy comes up in GS2 answers on neighbourhood ties.");
  await teacher.getByRole("button", { name: "Add a fact" }).click();
  await teacher.getByLabel("Fact 1 statement, in your own words").fill("A joint harbour desk was agreed in a 2024 memorandum.");
  await teacher.getByRole("button", { name: "Cite paragraph 1", exact: true }).click();
  await teacher.getByRole("button", { name: "Done citing" }).click();
  await teacher.getByRole("button", { name: "Suggest value" }).click();
  await teacher.getByRole("button", { name: "Suggest cards for fact 1" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "All checks pass" })).toBeVisible({ timeout: 20_000 });
  await teacher.getByRole("button", { name: "Save draft" }).click();
  await expect(teacher.getByText(/Saved as version \d+/)).toBeVisible();
  await teacher.getByRole("button", { name: "Publish" }).click();
  await expect(teacher.getByText(/Published version \d+/)).toBeVisible();

  // Before it is assigned, no student sees it.
  await signUp(member, { name: "Member Meera" });
  await member.goto("/topics/tara-s-harbour-notes");
  await expect(member.getByRole("heading", { name: "Tara's harbour notes" })).toHaveCount(0);

  // Assigned to a class: a set of the private topic (marked private), reviewed by the class.
  const { classId, code } = await createClass(teacher, "Harbour batch");
  await teacher.goto("/teacher/topic-sets/new");
  await expect(teacher.getByRole("checkbox", { name: /^Tara's harbour notes/ })).toBeVisible();
  await expect(teacher.getByText("private", { exact: true })).toBeVisible();
  await createTopicSet(teacher, "Harbour week", "Tara's harbour notes");
  await teacher.goto(`/teacher/classes/${classId}`);
  await teacher.getByLabel("Topic set").selectOption({ label: "Harbour week" });
  await teacher.getByRole("radio", { name: /^Review/ }).check();
  await teacher.getByLabel("Due").fill(localInput(new Date(Date.now() + 7 * 86_400_000)));
  await teacher.getByRole("button", { name: "Assign to class" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();

  // A student of the class sees it in the catalogue and can open it.
  await member.goto(`/join/${code}`);
  await member.getByRole("button", { name: "Join Harbour batch" }).click();
  await expect(member).toHaveURL(/\/classes$/);
  await member.goto("/topics");
  await member.getByRole("link", { name: /Tara's harbour notes/ }).click();
  await expect(member.getByRole("heading", { name: "Tara's harbour notes" })).toBeVisible();
  await expect(member.getByText("A joint harbour desk was agreed in a 2024 memorandum.")).toBeVisible();
  await expectAccessible(member);

  // A student outside the class does not: not listed, not found, not searchable.
  await signUp(outsider, { name: "Outsider Omar" });
  await outsider.goto("/topics");
  await expect(outsider.getByRole("heading", { name: "Topics" })).toBeVisible();
  await expect(outsider.getByRole("link", { name: /Tara's harbour notes/ })).toHaveCount(0);
  await outsider.goto("/topics?q=harbour");
  await expect(outsider.getByText("No topics match.", { exact: false })).toBeVisible();
  await outsider.goto("/topics/tara-s-harbour-notes");
  await expect(outsider.getByRole("heading", { name: "Tara's harbour notes" })).toHaveCount(0);
  await outsider.goto("/studio");
  await expect(outsider).toHaveURL(/\/dashboard$/);

  await Promise.all([teacherContext.close(), memberContext.close(), outsiderContext.close()]);
});
