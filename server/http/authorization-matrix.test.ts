import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { seedQuizBank, snapshotQuizTables, PRELIMS_IDS } from "@/server/quiz/testing/quiz-fixtures";
import { startAttempt } from "@/server/quiz/start-attempt";
import { startMainsAnswer } from "@/server/quiz/mains/start-mains-answer";
import { createPersonalCard } from "@/server/personal-cards";
import { personalCardInputSchema } from "@/lib/personal-cards/card-input";
import { HTTP_METHODS, listApiRouteFiles, segmentNames } from "./route-files";

/**
 * Every route handler against every kind of caller. The class and teacher routes have their own matrix
 * with real classes (server/classes/authorization-matrix.test.ts); this one finds every route on disk, so a
 * new route is covered the day it is added, and checks a student's own attempts and mains answers against
 * the student, another student, a teacher (who owns nothing here) and nobody.
 */
const testDb = withTestDatabase();
type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
// The catch-all answers any unserved /api path with a JSON 404, to anyone.
const PUBLIC = new Set(["GET /api/health", ...["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => `${m} /api/[...path]`)]);

async function allHandlers() {
  const out: { name: string; pattern: string; method: string; handler: Handler }[] = [];
  for (const { pattern, file } of listApiRouteFiles()) {
    const exports = (await import(file)) as Record<string, Handler | undefined>;
    for (const method of HTTP_METHODS) {
      const handler = exports[method];
      if (handler) out.push({ name: `${method} ${pattern}`, pattern, method, handler });
    }
  }
  return out;
}

const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const send = (method: string, url: string, cookie: string | undefined, body?: unknown) =>
  apiRequest(url, { method, cookie, ...(method === "GET" ? {} : { body: body ?? {} }) });

beforeAll(async () => {
  await seedQuizBank(testDb.prisma);
});

describe("authorization matrix: anonymous callers", async () => {
  const handlers = await allHandlers();
  it("finds every route", () => expect(handlers.length).toBeGreaterThan(30));
  for (const { name, pattern, method, handler } of handlers) {
    if (PUBLIC.has(name)) continue;
    it(`${name} as anonymous → 401`, async () => {
      const params = Object.fromEntries(segmentNames(pattern).map((n) => [n, `x-${n}`]));
      const res = await handler(send(method, pattern, undefined), ctx(params));
      expect(res.status, await res.clone().text()).toBe(401);
    });
  }
});

type Caller = "anonymous" | "anotherStudent" | "teacher" | "owner";
const CALLERS: Caller[] = ["anonymous", "anotherStudent", "teacher", "owner"];
const DENIED = { anonymous: 401, anotherStudent: 404, teacher: 403 } as const;

type World = { attemptId: string; answerId: string; cookies: Record<Exclude<Caller, "anonymous">, string> };

async function world(): Promise<World> {
  const db = testDb.prisma;
  const [owner, anotherStudent, teacher] = await Promise.all([createTestUser(db), createTestUser(db), createTestUser(db, "teacher")]);
  const attempt = await startAttempt(db, owner.id, { mode: "mock", questionIds: PRELIMS_IDS.slice(0, 2) }, new Date());
  const answer = await startMainsAnswer(db, owner.id, { questionId: "a-mains" }, new Date());
  return { attemptId: attempt.id, answerId: answer.id, cookies: { owner: owner.cookie, anotherStudent: anotherStudent.cookie, teacher: teacher.cookie } };
}

/** A student's own resources: only their owner may read or change them; for anyone else they do not exist. */
const OWN: { name: string; call: (w: World, cookie: string | undefined) => Promise<Response>; owner: number; read?: boolean }[] = [
  { name: "GET /api/attempts/:id", owner: 200, read: true, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/route")).GET(send("GET", `/api/attempts/${w.attemptId}`, c), ctx({ attemptId: w.attemptId })) },
  { name: "PATCH /api/attempts/:id", owner: 200, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/route")).PATCH(send("PATCH", `/api/attempts/${w.attemptId}`, c, { currentIndex: 1 }), ctx({ attemptId: w.attemptId })) },
  { name: "POST /api/attempts/:id/answers", owner: 200, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/answers/route")).POST(send("POST", `/api/attempts/${w.attemptId}/answers`, c, { questionId: PRELIMS_IDS[0], chosenIndex: 1 }), ctx({ attemptId: w.attemptId })) },
  { name: "POST /api/attempts/:id/submit", owner: 200, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/submit/route")).POST(send("POST", `/api/attempts/${w.attemptId}/submit`, c), ctx({ attemptId: w.attemptId })) },
  { name: "DELETE /api/attempts/:id", owner: 200, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/route")).DELETE(send("DELETE", `/api/attempts/${w.attemptId}`, c), ctx({ attemptId: w.attemptId })) },
  // Mistakes only exist once the test is submitted: the owner is told to finish first, and nothing changes.
  { name: "POST /api/attempts/:id/mistakes", owner: 409, call: async (w, c) => (await import("@/app/api/attempts/[attemptId]/mistakes/route")).POST(send("POST", `/api/attempts/${w.attemptId}/mistakes`, c), ctx({ attemptId: w.attemptId })) },
  { name: "GET /api/mains/:id", owner: 200, read: true, call: async (w, c) => (await import("@/app/api/mains/[answerId]/route")).GET(send("GET", `/api/mains/${w.answerId}`, c), ctx({ answerId: w.answerId })) },
  { name: "PUT /api/mains/:id", owner: 200, call: async (w, c) => (await import("@/app/api/mains/[answerId]/route")).PUT(send("PUT", `/api/mains/${w.answerId}`, c, { text: "A draft." }), ctx({ answerId: w.answerId })) },
  { name: "POST /api/mains/:id/submit", owner: 200, call: async (w, c) => (await import("@/app/api/mains/[answerId]/submit/route")).POST(send("POST", `/api/mains/${w.answerId}/submit`, c, { text: "My answer." }), ctx({ answerId: w.answerId })) },
];

describe("authorization matrix: a student's own attempts and mains answers", () => {
  for (const route of OWN) {
    for (const caller of CALLERS) {
      const status = caller === "owner" ? route.owner : DENIED[caller];
      const changes = caller === "owner" && status < 300 && !route.read;
      it(`${route.name} as ${caller} → ${status}${changes ? "" : ", nothing written"}`, async () => {
        const w = await world();
        const before = await snapshotQuizTables(testDb.prisma);
        const res = await route.call(w, caller === "anonymous" ? undefined : w.cookies[caller]);
        expect(res.status, await res.clone().text()).toBe(status);
        const after = await snapshotQuizTables(testDb.prisma);
        if (changes) expect(after).not.toEqual(before);
        else expect(after).toEqual(before);
      });
    }
  }
});

describe("authorization matrix: exporting a private topic's cards", () => {
  const callers = ["anonymous", "anotherStudent", "anotherTeacher", "owner"] as const;
  const expected = { anonymous: 401, anotherStudent: 404, anotherTeacher: 404, owner: 200 } as const;
  for (const caller of callers) {
    it(`GET /api/topics/:topicId/export of a private topic as ${caller} → ${expected[caller]}`, async () => {
      const db = testDb.prisma;
      const [owner, anotherStudent, anotherTeacher] = await Promise.all([createTestUser(db, "teacher"), createTestUser(db), createTestUser(db, "teacher")]);
      const topicId = `matrix-private-${Math.random().toString(36).slice(2, 10)}`;
      await db.topic.create({
        data: { id: topicId, title: "A private topic", summary: "Made up.", whyItMatters: "Made up.", asOf: new Date("2026-01-01"), order: 1, contentHash: "x", origin: "studio", ownerId: owner.id },
      });
      await db.flashcard.create({ data: { id: `${topicId}-c1`, topicId, factIds: [], kind: "basic", front: "A private question?", back: "A private answer", order: 1, contentHash: "x" } });
      const cookie = { anonymous: undefined, anotherStudent: anotherStudent.cookie, anotherTeacher: anotherTeacher.cookie, owner: owner.cookie }[caller];
      const { GET } = await import("@/app/api/topics/[topicId]/export/route");
      const res = await GET(send("GET", `/api/topics/${topicId}/export?format=csv`, cookie), ctx({ topicId }));
      const body = await res.text();
      expect(res.status, body).toBe(expected[caller]);
      if (caller !== "owner") expect(body).not.toContain("A private question");
    });
  }
});

/** Every personal card, state and review log: a refused call must leave them all as they were. */
async function snapshotCardTables() {
  const db = testDb.prisma;
  const [cards, states, logs] = await Promise.all([
    db.flashcard.findMany({ where: { origin: "personal" }, orderBy: { id: "asc" } }),
    db.cardState.findMany({ orderBy: [{ userId: "asc" }, { cardId: "asc" }] }),
    db.reviewLog.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { cards, states, logs };
}

type CardWorld = { cardId: string; cookies: Record<Exclude<Caller, "anonymous">, string> };
async function cardWorld(): Promise<CardWorld> {
  const db = testDb.prisma;
  const [owner, anotherStudent, teacher] = await Promise.all([createTestUser(db), createTestUser(db), createTestUser(db, "teacher")]);
  const card = await createPersonalCard(db, owner.id, personalCardInputSchema.parse({ kind: "basic", front: "My own question", back: "My answer" }), new Date());
  return { cardId: card.id, cookies: { owner: owner.cookie, anotherStudent: anotherStudent.cookie, teacher: teacher.cookie } };
}

const EDIT = { kind: "basic", front: "Edited question", back: "Edited answer" };
/** A student's personal cards: another student is told they do not exist; a list shows only the caller's own. */
const CARD_ROUTES: { name: string; call: (w: CardWorld, cookie: string | undefined) => Promise<Response>; owner: number; anotherStudent: number; read?: boolean; writesForAnyStudent?: boolean }[] = [
  { name: "GET /api/personal-cards/:id", owner: 200, anotherStudent: 404, read: true, call: async (w, c) => (await import("@/app/api/personal-cards/[cardId]/route")).GET(send("GET", `/api/personal-cards/${w.cardId}`, c), ctx({ cardId: w.cardId })) },
  { name: "PUT /api/personal-cards/:id", owner: 200, anotherStudent: 404, call: async (w, c) => (await import("@/app/api/personal-cards/[cardId]/route")).PUT(send("PUT", `/api/personal-cards/${w.cardId}`, c, EDIT), ctx({ cardId: w.cardId })) },
  { name: "DELETE /api/personal-cards/:id", owner: 200, anotherStudent: 404, call: async (w, c) => (await import("@/app/api/personal-cards/[cardId]/route")).DELETE(send("DELETE", `/api/personal-cards/${w.cardId}`, c), ctx({ cardId: w.cardId })) },
  // Listing is per caller: another student gets their own (empty) list, never the owner's cards.
  { name: "GET /api/personal-cards", owner: 200, anotherStudent: 200, read: true, call: async (_w, c) => (await import("@/app/api/personal-cards/route")).GET(send("GET", "/api/personal-cards", c)) },
  // Creating writes the caller's own card, so any student may; a teacher or nobody may not.
  { name: "POST /api/personal-cards", owner: 201, anotherStudent: 201, writesForAnyStudent: true, call: async (_w, c) => (await import("@/app/api/personal-cards/route")).POST(send("POST", "/api/personal-cards", c, EDIT)) },
];

describe("authorization matrix: a student's personal cards", () => {
  for (const route of CARD_ROUTES) {
    for (const caller of CALLERS) {
      const status = caller === "owner" ? route.owner : caller === "anotherStudent" ? route.anotherStudent : DENIED[caller];
      const changes = status < 300 && !route.read && (caller === "owner" || (caller === "anotherStudent" && route.writesForAnyStudent === true));
      it(`${route.name} as ${caller} → ${status}${changes ? "" : ", nothing written"}`, async () => {
        const w = await cardWorld();
        const before = await snapshotCardTables();
        const res = await route.call(w, caller === "anonymous" ? undefined : w.cookies[caller]);
        const body = await res.clone().text();
        expect(res.status, body).toBe(status);
        if (route.name === "GET /api/personal-cards" && caller === "anotherStudent") expect(JSON.parse(body)).toMatchObject({ total: 0, cards: [] });
        if (route.name === "GET /api/personal-cards" && caller === "owner") expect(JSON.parse(body)).toMatchObject({ total: 1 });
        const after = await snapshotCardTables();
        if (changes) expect(after).not.toEqual(before);
        else expect(after).toEqual(before);
      });
    }
  }
});

describe("authorization matrix: the FSRS optimizer acts on the caller's own parameters only", () => {
  const routes = [
    { name: "GET /api/fsrs-optimizer", call: async (c: string | undefined) => (await import("@/app/api/fsrs-optimizer/route")).GET(send("GET", "/api/fsrs-optimizer", c)), student: 200 },
    // Below the review threshold the owner is told how many reviews are needed, and nothing starts.
    { name: "POST /api/fsrs-optimizer", call: async (c: string | undefined) => (await import("@/app/api/fsrs-optimizer/route")).POST(send("POST", "/api/fsrs-optimizer", c)), student: 409 },
    { name: "DELETE /api/fsrs-optimizer/parameters", call: async (c: string | undefined) => (await import("@/app/api/fsrs-optimizer/parameters/route")).DELETE(send("DELETE", "/api/fsrs-optimizer/parameters", c)), student: 200 },
  ];
  for (const route of routes) {
    for (const caller of ["anonymous", "teacher", "anotherStudent"] as const) {
      const status = caller === "anonymous" ? 401 : caller === "teacher" ? 403 : route.student;
      it(`${route.name} as ${caller} → ${status}, the owner's parameters and run untouched`, async () => {
        const db = testDb.prisma;
        const [owner, anotherStudent, teacher] = await Promise.all([createTestUser(db), createTestUser(db), createTestUser(db, "teacher")]);
        const own = Array.from({ length: 21 }, (_, i) => (i + 1) / 8);
        await db.studySettings.upsert({ where: { userId: owner.id }, create: { userId: owner.id, fsrsParameters: own }, update: { fsrsParameters: own } });
        const cookie = { anonymous: undefined, teacher: teacher.cookie, anotherStudent: anotherStudent.cookie }[caller];
        const res = await route.call(cookie);
        expect(res.status, await res.clone().text()).toBe(status);
        expect((await db.studySettings.findUniqueOrThrow({ where: { userId: owner.id } })).fsrsParameters).toEqual(own);
        expect(await db.fsrsOptimization.findUnique({ where: { userId: owner.id } })).toBeNull();
      });
    }
  }
});
