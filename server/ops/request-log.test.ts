import { describe, expect, it } from "vitest";
import { requestLogLine } from "./request-log";

describe("requestLogLine", () => {
  it("is one JSON line with method, route, status and latency, and never the query string", () => {
    const line = requestLogLine({ method: "GET", url: "/sign-in?next=%2Fdashboard&token=secret", status: 200, ms: 12.345, aborted: false });
    expect(line).not.toContain("\n");
    expect(line).not.toContain("secret");
    expect(JSON.parse(line)).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/sign-in", status: 200, ms: 12.3 });
  });

  it("marks server errors and requests the client gave up on", () => {
    expect(JSON.parse(requestLogLine({ method: "POST", url: "/api/reviews", status: 500, ms: 1, aborted: true }))).toMatchObject({
      level: "error",
      aborted: true,
    });
  });
});
