import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { POST as start } from "@/app/api/attempts/route";
import { GET as view, PATCH as move } from "@/app/api/attempts/[attemptId]/route";
import { POST as answer } from "@/app/api/attempts/[attemptId]/answers/route";
import { POST as submit } from "@/app/api/attempts/[attemptId]/submit/route";
import { POST as mistakes } from "@/app/api/attempts/[attemptId]/mistakes/route";
import { BANK, seedQuizBank, snapshotQuizTables } from "./testing/quiz-fixtures";

const testDb = withTestDatabase();
const ctx = (attemptId: string) => ({ params: Promise.resolve({ attemptId }) });
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> });

async function setup() {
  await seedQuizBank(testDb.prisma);
  const owner = await createTestUser(testDb.prisma);
  const stranger = await createTestUser(testDb.prisma);
  const started = await json(await start(apiRequest("/api/attempts", { cookie: owner.cookie, body: { mode: "mock", topicIds: ["topic-a"], count: 4 } })));
  expect(started.status).toBe(201);
  const id = started.body.id as string;
  const { questionIds } = await testDb.prisma.attempt.findUniqueOrThrow({ where: { id } });
  return { owner, stranger, id, questionIds };
}

const post = (id: string, cookie: string, body: unknown) => answer(apiRequest(`/api/attempts/${id}/answers`, { cookie, body }), ctx(id));

describe("attempt routes", () => {
  it("send a mock in progress without any hint of the correct answers", async () => {
    const { owner, id } = await setup();
    const res = await json(await view(apiRequest(`/api/attempts/${id}`, { cookie: owner.cookie }), ctx(id)));
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/"(correct|correctIndex|explanation|optionExplanations|summary)":/);
    // Every fixture explanation starts "Why": none may reach the browser before the answer is final.
    expect(text).not.toContain("Why ");
  });

  it("refuse every kind of bad answer with a clear 4xx and change nothing", async () => {
    const { owner, stranger, id, questionIds } = await setup();
    const q = questionIds[0]!;
    const notInTest = BANK.find((b) => b.kind !== "mains" && !questionIds.includes(b.id))!.id;
    await post(id, owner.cookie, { questionId: q, chosenIndex: 1 });
    const before = await snapshotQuizTables(testDb.prisma);

    const cases: { name: string; send: () => Promise<Response>; status: number; message: RegExp }[] = [
      { name: "question not in the attempt", send: () => post(id, owner.cookie, { questionId: notInTest, chosenIndex: 0 }), status: 400, message: /not part of this test/ },
      { name: "option index 4", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: 4 }), status: 400, message: /chosenIndex must be 0 to 3/ },
      { name: "option index -1", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: -1 }), status: 400, message: /chosenIndex must be 0 to 3/ },
      { name: "option index 1.5", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: 1.5 }), status: 400, message: /whole number/ },
      { name: "option as text", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: "b" }), status: 400, message: /chosenIndex must be a number/ },
      { name: "missing questionId", send: () => post(id, owner.cookie, { chosenIndex: 0 }), status: 400, message: /questionId/ },
      { name: "unknown field", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: 0, correct: true }), status: 400, message: /correct/ },
      { name: "not JSON", send: () => post(id, owner.cookie, "{oops"), status: 400, message: /must be JSON/ },
      { name: "negative time", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: 0, timeSpentMs: -5 }), status: 400, message: /timeSpentMs/ },
      { name: "position past the end", send: () => post(id, owner.cookie, { questionId: q, chosenIndex: 0, currentIndex: 99 }), status: 400, message: /has 4 questions/ },
      { name: "someone else's attempt", send: () => post(id, stranger.cookie, { questionId: q, chosenIndex: 0 }), status: 404, message: /no such test/ },
      { name: "a missing attempt", send: () => post("missing", owner.cookie, { questionId: q, chosenIndex: 0 }), status: 404, message: /no such test/ },
      { name: "signed out", send: () => post(id, "", { questionId: q, chosenIndex: 0 }), status: 401, message: /Sign in/ },
      { name: "move: someone else's", send: () => move(apiRequest(`/api/attempts/${id}`, { method: "PATCH", cookie: stranger.cookie, body: { currentIndex: 2 } }), ctx(id)), status: 404, message: /no such test/ },
      { name: "move: bad index", send: () => move(apiRequest(`/api/attempts/${id}`, { method: "PATCH", cookie: owner.cookie, body: { currentIndex: "two" } }), ctx(id)), status: 400, message: /currentIndex/ },
      { name: "view: someone else's", send: () => view(apiRequest(`/api/attempts/${id}`, { cookie: stranger.cookie }), ctx(id)), status: 404, message: /no such test/ },
      { name: "submit: someone else's", send: () => submit(apiRequest(`/api/attempts/${id}/submit`, { method: "POST", cookie: stranger.cookie }), ctx(id)), status: 404, message: /no such test/ },
      { name: "mistakes before finishing", send: () => mistakes(apiRequest(`/api/attempts/${id}/mistakes`, { method: "POST", cookie: owner.cookie }), ctx(id)), status: 409, message: /Finish the test first/ },
      { name: "start: too many questions", send: () => start(apiRequest("/api/attempts", { cookie: owner.cookie, body: { mode: "mock", topicIds: ["topic-a"], count: 50 } })), status: 400, message: /ask for \d+ or fewer/ },
      { name: "start: no mode", send: () => start(apiRequest("/api/attempts", { cookie: owner.cookie, body: { topicIds: ["topic-a"] } })), status: 400, message: /mode/ },
      { name: "start: a list body", send: () => start(apiRequest("/api/attempts", { cookie: owner.cookie, body: [] })), status: 400, message: /mode must be "practice" or "mock"/ },
    ];
    for (const c of cases) {
      const res = await json(await c.send());
      expect(res.status, c.name).toBe(c.status);
      expect(res.body.error?.message, c.name).toMatch(c.message);
    }
    // Someone else's attempt looks exactly like a missing one.
    const theirs = await json(await post(id, stranger.cookie, { questionId: q, chosenIndex: 0 }));
    const missing = await json(await post("missing", stranger.cookie, { questionId: q, chosenIndex: 0 }));
    expect(theirs).toEqual(missing);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("after submit: the answer, the position and a second submit are refused (409) and nothing changes", async () => {
    const { owner, id, questionIds } = await setup();
    await post(id, owner.cookie, { questionId: questionIds[0], chosenIndex: 1 });
    const first = await json(await submit(apiRequest(`/api/attempts/${id}/submit`, { method: "POST", cookie: owner.cookie }), ctx(id)));
    expect(first.status).toBe(200);
    const before = await snapshotQuizTables(testDb.prisma);
    const again = await json(await submit(apiRequest(`/api/attempts/${id}/submit`, { method: "POST", cookie: owner.cookie }), ctx(id)));
    expect(again).toMatchObject({ status: 409, body: { error: { message: expect.stringMatching(/already been submitted/) } } });
    expect((await json(await post(id, owner.cookie, { questionId: questionIds[1], chosenIndex: 2 }))).status).toBe(409);
    const moved = await move(apiRequest(`/api/attempts/${id}`, { method: "PATCH", cookie: owner.cookie, body: { currentIndex: 2 } }), ctx(id));
    expect(moved.status).toBe(409);
    expect(await snapshotQuizTables(testDb.prisma)).toEqual(before);
  });

  it("remember the position for a reload", async () => {
    const { owner, id } = await setup();
    const moved = await move(apiRequest(`/api/attempts/${id}`, { method: "PATCH", cookie: owner.cookie, body: { currentIndex: 3 } }), ctx(id));
    expect(moved.status).toBe(200);
    const res = await json(await view(apiRequest(`/api/attempts/${id}`, { cookie: owner.cookie }), ctx(id)));
    expect(res.body.currentIndex).toBe(3);
  });
});
