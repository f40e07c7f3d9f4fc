import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { HTTP_METHODS, listApiRouteFiles, segmentNames } from "./route-files";

const testDb = withTestDatabase();
type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A student's own practice, tests and mains answers: teachers (and editors) have no business there. */
const STUDENT_ONLY = /^\/api\/(attempts|mains|reviews|settings|exam-date|join)(\/|$)/;

describe("student-only routes refuse every other role", async () => {
  const routes = listApiRouteFiles().filter((r) => STUDENT_ONLY.test(r.pattern));

  it("covers attempts and mains", () => {
    expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/attempts", "/api/attempts/[attemptId]", "/api/mains", "/api/mains/[answerId]"]));
  });

  for (const { pattern, file } of routes) {
    it(`${pattern}: a teacher and an editor get 403 from every method`, async () => {
      const exports = (await import(file)) as Record<string, Handler | undefined>;
      const params = { params: Promise.resolve(Object.fromEntries(segmentNames(pattern).map((n) => [n, `x-${n}`]))) };
      for (const role of ["teacher", "editor"] as const) {
        const user = await createTestUser(testDb.prisma, role);
        for (const method of HTTP_METHODS) {
          const handler = exports[method];
          if (!handler) continue;
          const res = await handler(apiRequest(pattern, { method, cookie: user.cookie, ...(method === "GET" ? {} : { body: {} }) }), params);
          expect(res.status, `${role} ${method} ${pattern}: ${await res.clone().text()}`).toBe(403);
        }
      }
    });
  }
});
