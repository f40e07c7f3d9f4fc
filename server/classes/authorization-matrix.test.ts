import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest } from "@/server/testing/test-users";
import * as classes from "@/app/api/classes/route";
import * as joinCode from "@/app/api/classes/[classId]/join-code/route";
import * as member from "@/app/api/classes/[classId]/members/[studentId]/route";
import * as resetLink from "@/app/api/classes/[classId]/members/[studentId]/reset-link/route";
import * as assignments from "@/app/api/classes/[classId]/assignments/route";
import * as assignment from "@/app/api/classes/[classId]/assignments/[assignmentId]/route";
import * as attempt from "@/app/api/classes/[classId]/assignments/[assignmentId]/attempt/route";
import * as exportCsv from "@/app/api/classes/[classId]/export/route";
import * as topicSets from "@/app/api/topic-sets/route";
import * as topicSet from "@/app/api/topic-sets/[topicSetId]/route";
import * as join from "@/app/api/join/route";
import { createClassWorld, seedClassContent, snapshotClassTables } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();
const inAWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString();
const tomorrow = new Date(now.getTime() + 86_400_000).toISOString();

type World = Awaited<ReturnType<typeof createClassWorld>>;
type Caller = "anonymous" | "member" | "outsider" | "rival" | "owner";
const CALLERS: Caller[] = ["anonymous", "member", "outsider", "rival", "owner"];

type Route = {
  name: string;
  call: (w: World, cookie: string | undefined) => Promise<Response>;
  /** Expected status per caller; the owner row proves the route works, so a denial is not an accident. */
  expect: Record<Caller, number>;
  /** A read: even an allowed call must leave the tables as they were. */
  readOnly?: boolean;
};

const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
const send = (url: string, method: string, cookie: string | undefined, body?: unknown) => apiRequest(url, { method, cookie, ...(body === undefined ? {} : { body }) });
const TEACHER_ONLY = { anonymous: 401, member: 403, outsider: 403, rival: 404 } as const;

const ROUTES: Route[] = [
  {
    name: "POST /api/classes (create a class)",
    call: (_w, c) => classes.POST(send("/api/classes", "POST", c, { name: "Another batch", examYear: 2027 })),
    expect: { anonymous: 401, member: 403, outsider: 403, rival: 201, owner: 201 },
  },
  {
    name: "POST /api/classes/:id/join-code (rotate)",
    call: (w, c) => joinCode.POST(send(`/api/classes/${w.classId}/join-code`, "POST", c), ctx({ classId: w.classId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "PATCH /api/classes/:id/join-code (disable)",
    call: (w, c) => joinCode.PATCH(send(`/api/classes/${w.classId}/join-code`, "PATCH", c, { enabled: false }), ctx({ classId: w.classId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "DELETE /api/classes/:id/members/:studentId (remove a student)",
    call: (w, c) => member.DELETE(send(`/api/classes/${w.classId}/members/${w.member.id}`, "DELETE", c), ctx({ classId: w.classId, studentId: w.member.id })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "POST /api/classes/:id/members/:studentId/reset-link (one-time password reset link)",
    call: (w, c) => resetLink.POST(send(`/api/classes/${w.classId}/members/${w.member.id}/reset-link`, "POST", c), ctx({ classId: w.classId, studentId: w.member.id })),
    // The student themself (member) is refused too: self-service reset goes by email.
    expect: { ...TEACHER_ONLY, owner: 201 },
  },
  {
    name: "POST /api/classes/:id/assignments (assign a topic set)",
    call: (w, c) =>
      assignments.POST(
        send(`/api/classes/${w.classId}/assignments`, "POST", c, { topicSetId: w.topicSetId, kind: "both", startsAt: now.toISOString(), dueAt: inAWeek, questionCount: 2, timeLimitMinutes: 5 }),
        ctx({ classId: w.classId }),
      ),
    expect: { ...TEACHER_ONLY, owner: 201 },
  },
  {
    name: "PATCH /api/classes/:id/assignments/:id (due date)",
    call: (w, c) => assignment.PATCH(send(`/api/classes/${w.classId}/assignments/${w.assignmentId}`, "PATCH", c, { dueAt: tomorrow }), ctx({ classId: w.classId, assignmentId: w.assignmentId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "PATCH /api/classes/:id/assignments/:id (archive)",
    call: (w, c) => assignment.PATCH(send(`/api/classes/${w.classId}/assignments/${w.assignmentId}`, "PATCH", c, { archived: true }), ctx({ classId: w.classId, assignmentId: w.assignmentId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "POST /api/classes/:id/assignments/:id/attempt (start the test)",
    call: (w, c) => attempt.POST(send(`/api/classes/${w.classId}/assignments/${w.assignmentId}/attempt`, "POST", c), ctx({ classId: w.classId, assignmentId: w.assignmentId })),
    // A student route: the class's own student may start it; everyone else is refused.
    expect: { anonymous: 401, member: 200, outsider: 404, rival: 403, owner: 403 },
  },
  {
    name: "GET /api/classes/:id/export (CSV)",
    call: (w, c) => exportCsv.GET(send(`/api/classes/${w.classId}/export`, "GET", c), ctx({ classId: w.classId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
    readOnly: true,
  },
  {
    name: "POST /api/topic-sets (create a topic set)",
    call: (_w, c) => topicSets.POST(send("/api/topic-sets", "POST", c, { name: "Set B", topicIds: ["cls-b"] })),
    expect: { anonymous: 401, member: 403, outsider: 403, rival: 201, owner: 201 },
  },
  {
    name: "PATCH /api/topic-sets/:id (edit)",
    call: (w, c) => topicSet.PATCH(send(`/api/topic-sets/${w.topicSetId}`, "PATCH", c, { name: "Renamed", topicIds: ["cls-a", "cls-b"] }), ctx({ topicSetId: w.topicSetId })),
    expect: { ...TEACHER_ONLY, owner: 200 },
  },
  {
    name: "DELETE /api/topic-sets/:id",
    // The world's set is used by an assignment, so even its owner gets a 409 and nothing changes.
    call: (w, c) => topicSet.DELETE(send(`/api/topic-sets/${w.topicSetId}`, "DELETE", c), ctx({ topicSetId: w.topicSetId })),
    expect: { ...TEACHER_ONLY, owner: 409 },
  },
  {
    name: "POST /api/join (join with the class code)",
    call: (w, c) => join.POST(send("/api/join", "POST", c, { code: w.joinCode })),
    // The code is the invitation: an outsider holding it may join; a member is told they already are.
    expect: { anonymous: 401, member: 409, outsider: 201, rival: 403, owner: 403 },
  },
];

const ALLOWED = (status: number) => status >= 200 && status < 300;

beforeAll(async () => {
  await seedClassContent(testDb.prisma);
});

describe("authorization matrix: every class and teacher route against every caller", () => {
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const status = route.expect[caller];
      it(`${route.name} as ${caller} → ${status}${ALLOWED(status) ? "" : ", nothing written"}`, async () => {
        const w = await createClassWorld(testDb.prisma, now);
        const cookie = caller === "anonymous" ? undefined : w[caller === "owner" ? "teacher" : caller].cookie;
        const before = await snapshotClassTables(testDb.prisma);
        const res = await route.call(w, cookie);
        expect(res.status, await res.clone().text()).toBe(status);
        if (!ALLOWED(status)) {
          const body = (await res.json()) as { error?: { message?: string } };
          expect(body.error?.message).toEqual(expect.any(String));
        }
        if (!ALLOWED(status) || route.readOnly) {
          expect(await snapshotClassTables(testDb.prisma)).toEqual(before);
        } else {
          expect(await snapshotClassTables(testDb.prisma)).not.toEqual(before);
        }
      });
    }
  }
});

describe("cross-object ids: an owned id paired with someone else's is still refused", () => {
  async function rivalClass(w: World) {
    return testDb.prisma.class.create({ data: { teacherId: w.rival.id, name: "Rival batch", examYear: 2027, joinCode: `R${w.classId.slice(-9).toUpperCase()}` }, select: { id: true } });
  }

  it("a rival cannot move another class's assignment , remove its student or make them a reset link through their own class id", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const own = await rivalClass(w);
    const before = await snapshotClassTables(testDb.prisma);
    const patch = await assignment.PATCH(send(`/api/classes/${own.id}/assignments/${w.assignmentId}`, "PATCH", w.rival.cookie, { archived: true }), ctx({ classId: own.id, assignmentId: w.assignmentId }));
    const remove = await member.DELETE(send(`/api/classes/${own.id}/members/${w.member.id}`, "DELETE", w.rival.cookie), ctx({ classId: own.id, studentId: w.member.id }));
    const link = await resetLink.POST(send(`/api/classes/${own.id}/members/${w.member.id}/reset-link`, "POST", w.rival.cookie), ctx({ classId: own.id, studentId: w.member.id }));
    expect([patch.status, remove.status, link.status]).toEqual([404, 404, 404]);
    expect(await snapshotClassTables(testDb.prisma)).toEqual(before);
  });

  it("nobody can assign another teacher's topic set, even to their own class", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const own = await rivalClass(w);
    const before = await snapshotClassTables(testDb.prisma);
    const body = { topicSetId: w.topicSetId, kind: "review", startsAt: now.toISOString(), dueAt: inAWeek };
    const res = await assignments.POST(send(`/api/classes/${own.id}/assignments`, "POST", w.rival.cookie, body), ctx({ classId: own.id }));
    expect(res.status).toBe(404);
    expect(await snapshotClassTables(testDb.prisma)).toEqual(before);
  });

  it("a student cannot start a test in another class by pairing its assignment with their own class id", async () => {
    const w = await createClassWorld(testDb.prisma, now);
    const other = await createClassWorld(testDb.prisma, now);
    const before = await snapshotClassTables(testDb.prisma);
    const res = await attempt.POST(
      send(`/api/classes/${w.classId}/assignments/${other.assignmentId}/attempt`, "POST", w.member.cookie),
      ctx({ classId: w.classId, assignmentId: other.assignmentId }),
    );
    expect(res.status).toBe(404);
    expect(await snapshotClassTables(testDb.prisma)).toEqual(before);
  });
});
