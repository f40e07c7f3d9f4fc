import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { POST as start } from "@/app/api/mains/route";
import { GET as read, PUT as save } from "@/app/api/mains/[answerId]/route";
import { POST as submit } from "@/app/api/mains/[answerId]/submit/route";
import { PUT as tick } from "@/app/api/mains/[answerId]/rubric/route";
import { seedQuizBank, snapshotQuizTables } from "../testing/quiz-fixtures";
import { listMainsAnswers } from "@/server/queries/quiz-mains";

const testDb = withTestDatabase();
const ctx = (answerId: string) => ({ params: Promise.resolve({ answerId }) });
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { message: string } } });

async function setup() {
  await seedQuizBank(testDb.prisma);
  const owner = await createTestUser(testDb.prisma);
  const stranger = await createTestUser(testDb.prisma);
  const opened = await json(await start(apiRequest("/api/mains", { cookie: owner.cookie, body: { questionId: "a-mains" } })));
  expect(opened.status).toBe(201);
  return { owner, stranger, id: opened.body.id as string };
}

const put = (id: string, cookie: string, body: unknown) => save(apiRequest(`/api/mains/${id}`, { method: "PUT", cookie, body }), ctx(id));

describe("mains answers", () => {
  it("keep one draft per question: opening again continues it", async () => {
    const { owner, id } = await setup();
    const again = await json(await start(apiRequest("/api/mains", { cookie: owner.cookie, body: { questionId: "a-mains" } })));
    expect(again.body.id).toBe(id);
  });

  it("hide the framework until submitted, then show it and take rubric ticks", async () => {
    const { owner, id } = await setup();
    expect((await json(await put(id, owner.cookie, { text: "First thoughts" }))).status).toBe(200);
    const draft = await json(await read(apiRequest(`/api/mains/${id}`, { cookie: owner.cookie }), ctx(id)));
    expect(draft.body).toMatchObject({ text: "First thoughts", framework: null, rubric: null, submittedAt: null });
    const early = await json(await tick(apiRequest(`/api/mains/${id}/rubric`, { method: "PUT", cookie: owner.cookie, body: { checked: [true] } }), ctx(id)));
    expect(early.status).toBe(409);

    const done = await json(await submit(apiRequest(`/api/mains/${id}/submit`, { cookie: owner.cookie, body: { text: "My final answer in four words" } }), ctx(id)));
    expect(done.status).toBe(200);
    const ticked = await json(await tick(apiRequest(`/api/mains/${id}/rubric`, { method: "PUT", cookie: owner.cookie, body: { checked: [true] } }), ctx(id)));
    expect(ticked.status).toBe(200);
    const after = await json(await read(apiRequest(`/api/mains/${id}`, { cookie: owner.cookie }), ctx(id)));
    expect(after.body).toMatchObject({ text: "My final answer in four words", framework: { introduction: "Set the context." }, rubric: [{ item: "Did I define the terms?", checked: true }] });
    const [listed] = await listMainsAnswers(testDb.prisma, owner.id);
    expect(listed).toMatchObject({ id, words: 6, questionText: expect.stringContaining("made-up policy") });
  });

  it("refuse bad requests with a clear 4xx and change nothing", async () => {
    const { owner, stranger, id } = await setup();
    await put(id, owner.cookie, { text: "Kept" });
    const before = await snapshotQuizTables(testDb.prisma);
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ["someone else's draft", () => put(id, stranger.cookie, { text: "Hijack" }), 404, /no such mains answer/],
      ["someone else's read", () => read(apiRequest(`/api/mains/${id}`, { cookie: stranger.cookie }), ctx(id)), 404, /no such mains answer/],
      ["text not a string", () => put(id, owner.cookie, { text: 42 }), 400, /text must be text/],
      ["text too long", () => put(id, owner.cookie, { text: "x".repeat(20_001) }), 400, /too long/],
      ["not JSON", () => put(id, owner.cookie, "nope"), 400, /must be JSON/],
      ["empty submit", () => submit(apiRequest(`/api/mains/${id}/submit`, { cookie: owner.cookie, body: { text: "  " } }), ctx(id)), 400, /write your answer/i],
      ["unknown question", () => start(apiRequest("/api/mains", { cookie: owner.cookie, body: { questionId: "nope" } })), 404, /no such mains question/],
      ["a prelims question", () => start(apiRequest("/api/mains", { cookie: owner.cookie, body: { questionId: "a-single-0" } })), 404, /no such mains question/],
      ["signed out", () => put(id, "", { text: "x" }), 401, /Sign in/],
    ];
    for (const [name, send, status, message] of cases) {
      const res = await json(await send());
      expect(res.status, name).toBe(status);
      expect(res.body.error?.message, name).toMatch(message);
    }
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("are final once submitted: new text and a second submit are 409s, and a wrong-length rubric is a 400", async () => {
    const { owner, id } = await setup();
    await submit(apiRequest(`/api/mains/${id}/submit`, { cookie: owner.cookie, body: { text: "Done." } }), ctx(id));
    const before = await snapshotQuizTables(testDb.prisma);
    expect((await put(id, owner.cookie, { text: "Changed" })).status).toBe(409);
    expect((await submit(apiRequest(`/api/mains/${id}/submit`, { cookie: owner.cookie, body: { text: "Again" } }), ctx(id))).status).toBe(409);
    const wrongLength = await json(await tick(apiRequest(`/api/mains/${id}/rubric`, { method: "PUT", cookie: owner.cookie, body: { checked: [true, false] } }), ctx(id)));
    expect(wrongLength.status).toBe(400);
    expect(wrongLength.body.error?.message).toMatch(/has 1 item, but 2 ticks/);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });
});
