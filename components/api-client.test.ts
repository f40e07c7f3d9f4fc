import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError } from "./api-client";

const fetchMock = vi.fn<typeof fetch>();
vi.stubGlobal("fetch", fetchMock);
afterEach(() => fetchMock.mockReset());

const reply = (status: number, body: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("api client", () => {
  it("sends writes as JSON and returns the parsed reply", async () => {
    fetchMock.mockResolvedValueOnce(reply(201, { id: "c1" }));
    await expect(api.post("/api/classes", { name: "A" })).resolves.toEqual({ id: "c1" });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/classes");
    expect(init).toMatchObject({ method: "POST", headers: { "content-type": "application/json" }, body: '{"name":"A"}' });
  });

  it("declares JSON even on a write with no body (the server refuses writes that do not)", async () => {
    fetchMock.mockResolvedValueOnce(reply(204, undefined));
    await expect(api.delete("/api/topic-sets/t1")).resolves.toBeNull();
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ method: "DELETE", headers: { "content-type": "application/json" } });
  });

  it("field issues become fieldErrors by top-level field, first message wins", async () => {
    fetchMock.mockResolvedValueOnce(
      reply(400, {
        error: {
          code: "invalid_input",
          message: "3 fields need attention.",
          issues: [
            { path: "learningSteps.1", message: "Each step is a number and a unit." },
            { path: "learningSteps.2", message: "later message" },
            { path: "dayStartHour", message: "Pick an hour from 0 to 23." },
          ],
        },
      }),
    );
    const error = await failure(api.put("/api/settings/study", {}));
    expect(error).toMatchObject({ status: 400, code: "invalid_input", message: "3 fields need attention.", retryable: false });
    expect(error.fieldErrors).toEqual({ learningSteps: "Each step is a number and a unit.", dayStartHour: "Pick an hour from 0 to 23." });
  });

  it("retryable: no connection, 408, 429 and 5xx; not 4xx refusals", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    expect(await failure(api.get("/api/reviews/queue"))).toMatchObject({ status: 0, code: "network", retryable: true });
    for (const [status, retryable] of [[408, true], [429, true], [500, true], [503, true], [409, false], [403, false]] as const) {
      fetchMock.mockResolvedValueOnce(reply(status, { error: { code: "x", message: "m" } }));
      expect((await failure(api.post("/api/reviews", {}))).retryable, String(status)).toBe(retryable);
    }
  });

  it("a reply that is not our error body (a proxy's HTML page) still gives a readable message", async () => {
    fetchMock.mockResolvedValueOnce(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(await failure(api.get("/api/x"))).toMatchObject({ status: 502, code: "bad_response", message: "The server answered 502. Try again.", retryable: true });
  });
});
