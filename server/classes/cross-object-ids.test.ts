import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest } from "@/server/testing/test-users";
import * as member from "@/app/api/classes/[classId]/members/[studentId]/route";
import * as resetLink from "@/app/api/classes/[classId]/members/[studentId]/reset-link/route";
import * as assignments from "@/app/api/classes/[classId]/assignments/route";
import * as assignment from "@/app/api/classes/[classId]/assignments/[assignmentId]/route";
import * as attempt from "@/app/api/classes/[classId]/assignments/[assignmentId]/attempt/route";
import { createClassWorld, seedClassContent, snapshotClassTables } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date();
const inAWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString();

type World = Awaited<ReturnType<typeof createClassWorld>>;

const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });
const send = (url: string, method: string, cookie: string | undefined, body?: unknown) => apiRequest(url, { method, cookie, ...(body === undefined ? {} : { body }) });

// Each route against each kind of caller is in the authorization matrix (server/http/authorization-matrix.test.ts);
// these are the calls that pair an id the caller owns with one they do not.
beforeAll(async () => {
  await seedClassContent(testDb.prisma);
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
