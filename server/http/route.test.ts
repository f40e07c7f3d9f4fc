import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { withTestDatabase } from "@/server/testing/test-database";
import { apiRequest, createTestUser } from "@/server/testing/test-users";
import { AppError, invalidField } from "@/server/errors";
import { apiRoute } from "./route";

const testDb = withTestDatabase();

const echo = apiRoute(
  { access: "signed-in", body: z.strictObject({ name: z.string().min(1, "Give it a name."), year: z.number({ error: "Year must be a number." }) }), params: ["classId"], status: 201 },
  async ({ user, input, params }) => ({ userId: user.id, input, params }),
);
const ctx = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

async function json(res: Response) {
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; message: string; issues?: unknown[] } } };
}

describe("apiRoute: the checks before the service", () => {
  it("a same-origin JSON call by Origin reaches the service with parsed input, params and the user", async () => {
    const user = await createTestUser(testDb.prisma);
    const { status, body } = await json(await echo(apiRequest("/api/x", { cookie: user.cookie, body: { name: "A", year: 2027 } }), ctx({ classId: "c1" })));
    expect(status).toBe(201);
    expect(body).toEqual({ userId: user.id, input: { name: "A", year: 2027 }, params: { classId: "c1" } });
  });

  it("Sec-Fetch-Site: same-origin is enough without Origin, and the configured APP_URL origin counts as ours", async () => {
    const user = await createTestUser(testDb.prisma);
    const bySite = apiRequest("/api/x", { cookie: user.cookie, body: { name: "A", year: 1 }, headers: { "sec-fetch-site": "same-origin" } });
    bySite.headers.delete("origin");
    expect((await echo(bySite, ctx({ classId: "c" }))).status).toBe(201);
    const byAppUrl = apiRequest("/api/x", { cookie: user.cookie, body: { name: "A", year: 1 }, headers: { origin: "http://localhost:3000" } });
    expect((await echo(byAppUrl, ctx({ classId: "c" }))).status).toBe(201);
  });

  it("a write that is not declared JSON is a 415 (a cross-site form cannot send JSON without a preflight)", async () => {
    const user = await createTestUser(testDb.prisma);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await json(await echo(apiRequest("/api/x", { cookie: user.cookie, body: '{"name":"A","year":1}', headers: { "content-type": type } }), ctx({ classId: "c" })));
      expect(res.status).toBe(415);
      expect(res.body.error?.code).toBe("unsupported_media_type");
    }
    const charset = apiRequest("/api/x", { cookie: user.cookie, body: { name: "A", year: 1 }, headers: { "content-type": "application/json; charset=utf-8" } });
    expect((await echo(charset, ctx({ classId: "c" }))).status).toBe(201);
  });

  it("a GET needs neither Origin nor a JSON content type", async () => {
    const read = apiRoute({ access: "anonymous" }, async ({ user }) => ({ signedIn: user !== null }));
    const res = await read(new Request("http://localhost/api/x"));
    expect(await json(res)).toEqual({ status: 200, body: { signedIn: false } });
  });

  it("access: anonymous → 401 for signed-in routes, wrong role → 403, right role passes", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const teacher = await createTestUser(testDb.prisma, "teacher");
    const forTeachers = apiRoute({ access: "teacher" }, async ({ user }) => ({ role: user.role }));
    const call = (cookie?: string) => forTeachers(apiRequest("/api/x", { method: "POST", cookie }));
    expect((await json(await call())).status).toBe(401);
    expect(await json(await call(student.cookie))).toEqual({ status: 403, body: { error: { code: "forbidden", message: "This is only for teachers." } } });
    expect(await json(await call(teacher.cookie))).toEqual({ status: 200, body: { role: "teacher" } });
  });
});

describe("apiRoute: errors", () => {
  it("field errors travel as issues with their paths, not pasted into the message", async () => {
    const user = await createTestUser(testDb.prisma);
    const { status, body } = await json(await echo(apiRequest("/api/x", { cookie: user.cookie, body: { name: "", year: "x" } }), ctx({ classId: "c" })));
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: "invalid_input",
      message: "2 fields need attention.",
      issues: [
        { path: "name", message: "Give it a name." },
        { path: "year", message: "Year must be a number." },
      ],
    });
  });

  it("a body that is not JSON is a 400; a service's invalidField is an issue too", async () => {
    const user = await createTestUser(testDb.prisma);
    const res = await json(await echo(apiRequest("/api/x", { cookie: user.cookie, body: "{not json" }), ctx({ classId: "c" })));
    expect(res).toEqual({ status: 400, body: { error: { code: "invalid_input", message: "The request body must be JSON." } } });
    const refuses = apiRoute({ access: "signed-in" }, async () => {
      throw invalidField("questionId", "That question is not part of this test.");
    });
    expect(await json(await refuses(apiRequest("/api/x", { method: "POST", cookie: user.cookie })))).toEqual({
      status: 400,
      body: { error: { code: "invalid_input", message: "That question is not part of this test.", issues: [{ path: "questionId", message: "That question is not part of this test." }] } },
    });
  });

  it("an AppError keeps its status; anything else is a plain 500 with no internals", async () => {
    const user = await createTestUser(testDb.prisma);
    const gone = apiRoute({ access: "signed-in" }, async () => {
      throw new AppError("gone", "That code has expired.");
    });
    expect((await gone(apiRequest("/api/x", { method: "POST", cookie: user.cookie }))).status).toBe(410);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = apiRoute({ access: "signed-in" }, async () => {
      throw new Error('relation "secret_table" does not exist');
    });
    const res = await json(await broken(apiRequest("/api/x", { method: "POST", cookie: user.cookie })));
    spy.mockRestore();
    expect(res).toEqual({ status: 500, body: { error: { code: "internal", message: "Something went wrong on our side. Try again." } } });
  });

  it("the query string is parsed with its schema; a route's Response (a download) is sent as it is", async () => {
    const user = await createTestUser(testDb.prisma);
    const download = apiRoute({ access: "signed-in", query: z.object({ n: z.coerce.number().int().min(1, "n must be at least 1.") }) }, async ({ query }) => new Response("a,b\n".repeat(query.n)));
    const ok = await download(apiRequest("/api/x?n=2", { cookie: user.cookie }));
    expect(await ok.text()).toBe("a,b\na,b\n");
    const bad = await json(await download(apiRequest("/api/x?n=0", { cookie: user.cookie })));
    expect(bad.body.error?.issues).toEqual([{ path: "n", message: "n must be at least 1." }]);
  });
});

describe("apiRoute: the reply's headers", () => {
  const sized = apiRoute({ access: "anonymous", query: z.object({ bytes: z.coerce.number() }) }, async ({ query }) => ({ text: "x".repeat(query.bytes) }));

  it("every reply, error or not, carries the API's security headers (proxy.ts does not run for /api)", async () => {
    for (const res of [await sized(apiRequest("/api/x?bytes=1", { method: "GET" })), await echo(apiRequest("/api/x", { body: {} }), ctx({ classId: "c" }))]) {
      expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("cache-control")).toMatch(/^private, no-store/);
    }
  });

  it("a small JSON reply asks not to be gzipped; a large one may be", async () => {
    const small = await sized(apiRequest("/api/x?bytes=200", { method: "GET" }));
    expect(small.headers.get("cache-control")).toBe("private, no-store, no-transform");
    const large = await sized(apiRequest("/api/x?bytes=5000", { method: "GET" }));
    expect(large.headers.get("cache-control")).toBe("private, no-store");
    expect(((await large.json()) as { text: string }).text).toHaveLength(5000);
  });

  it("an /api path no route serves is a JSON 404, not the HTML not-found page", async () => {
    const { GET, POST } = await import("@/app/api/[...path]/route");
    for (const res of [await GET(apiRequest("/api/nope", { method: "GET" })), await POST(apiRequest("/api/nope", { body: {} }))]) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });
});
