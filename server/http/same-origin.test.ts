import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { HTTP_METHODS, listApiRouteFiles, segmentNames } from "./route-files";

const testDb = withTestDatabase();

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const REFUSED = /did not come from Dossier's own pages/;

/** Every non-GET handler under app/api, found on disk so a new route cannot be missed. */
async function writeHandlers() {
  const out: { name: string; pattern: string; method: string; handler: Handler }[] = [];
  for (const { pattern, file } of listApiRouteFiles()) {
    const exports = (await import(file)) as Record<string, Handler | undefined>;
    for (const method of HTTP_METHODS) {
      const handler = exports[method];
      if (handler && method !== "GET" && method !== "HEAD") out.push({ name: `${method} ${pattern}`, pattern, method, handler });
    }
  }
  return out;
}

function fakeParams(pattern: string) {
  return { params: Promise.resolve(Object.fromEntries(segmentNames(pattern).map((name) => [name, `missing-${name}`]))) };
}

describe("CSRF defence in depth: every route that writes refuses a cross-site request", async () => {
  const handlers = await writeHandlers();

  it("finds the write routes", () => {
    expect(handlers.length).toBeGreaterThan(15);
  });

  const crossSite: [string, Record<string, string>][] = [
    ["a cross-site Origin", { origin: "https://evil.example" }],
    ["Sec-Fetch-Site: cross-site", { origin: "http://localhost", "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site (a sibling subdomain)", { "sec-fetch-site": "same-site" }],
    ["neither Origin nor Sec-Fetch-Site", { origin: "" }],
  ];

  for (const { name, pattern, method, handler } of handlers) {
    it.each(crossSite)(`${name} with %s → 403 for a student and a teacher`, async (_label, headers) => {
      const student = await createTestUser(testDb.prisma, "student");
      const teacher = await createTestUser(testDb.prisma, "teacher");
      for (const cookie of [student.cookie, teacher.cookie]) {
        const init = { method, cookie, body: {}, headers };
        const request = apiRequest(pattern, init);
        if (headers.origin === "") request.headers.delete("origin");
        const res = await handler(request, fakeParams(pattern));
        const body = (await res.json()) as { error?: { code?: string; message?: string } };
        expect(res.status, `${name}: ${JSON.stringify(body)}`).toBe(403);
        expect(body.error?.message).toMatch(REFUSED);
      }
    });
  }
});
