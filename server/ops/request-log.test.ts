import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestLogLine } from "./request-log";
import { loadRoutePatterns, routePatterns } from "./route-patterns";

// Entries as `next build` writes them in routes-manifest.json (route groups such as (study) are not in `page`).
const manifest = {
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/sign-in", regex: "^/sign\\-in(?:/)?$" },
    { page: "/api/reviews", regex: "^/api/reviews(?:/)?$" },
    { page: "/topics/new", regex: "^/topics/new(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/api/attempts/[attemptId]", regex: "^/api/attempts/([^/]+?)(?:/)?$" },
    { page: "/api/attempts/[attemptId]/answers", regex: "^/api/attempts/([^/]+?)/answers(?:/)?$" },
    { page: "/teacher/classes/[classId]/students/[studentId]", regex: "^/teacher/classes/([^/]+?)/students/([^/]+?)(?:/)?$" },
    { page: "/topics/[topicId]", regex: "^/topics/([^/]+?)(?:/)?$" },
  ],
};
const routeOf = routePatterns(manifest, ["/robots.txt"]);
const line = (url: string, status = 200) => JSON.parse(requestLogLine({ method: "GET", url, status, ms: 1, aborted: false }, routeOf)) as Record<string, unknown>;

describe("requestLogLine", () => {
  it("is one JSON line with method, route, status and latency, and never the query string", () => {
    const text = requestLogLine({ method: "GET", url: "/sign-in?next=%2Fdashboard&token=secret", status: 200, ms: 12.345, aborted: false }, routeOf);
    expect(text).not.toContain("\n");
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toMatchObject({ level: "info", msg: "request", method: "GET", route: "/sign-in", status: 200, ms: 12.3 });
  });

  it("names the route pattern, never the ids in the path", () => {
    expect(line("/api/attempts/cmx1qlxzn0000357dn4bi15r1").route).toBe("/api/attempts/[attemptId]");
    expect(line("/api/attempts/cmx1q/answers?x=1").route).toBe("/api/attempts/[attemptId]/answers");
    const teacherView = requestLogLine({ method: "GET", url: "/teacher/classes/class-42/students/student-7", status: 200, ms: 1, aborted: false }, routeOf);
    expect(JSON.parse(teacherView)).toMatchObject({ route: "/teacher/classes/[classId]/students/[studentId]" });
    expect(teacherView).not.toMatch(/class-42|student-7/);
    // A static route wins over a dynamic one that also matches.
    expect(line("/topics/new").route).toBe("/topics/new");
    expect(line("/topics/india-and-the-quad").route).toBe("/topics/[topicId]");
    expect(line("/api/reviews/").route).toBe("/api/reviews");
  });

  it("groups build assets, keeps public files, and never echoes an unknown path", () => {
    expect(line("/_next/static/chunks/abc123.js").route).toBe("/_next/static/[...path]");
    expect(line("/_next/image?url=%2Fx.png").route).toBe("/_next/image");
    expect(line("/robots.txt").route).toBe("/robots.txt");
    expect(line("/wp-admin/setup.php?user=42", 404)).toMatchObject({ route: "[unmatched]", status: 404 });
  });

  it("marks server errors and requests the client gave up on", () => {
    expect(JSON.parse(requestLogLine({ method: "POST", url: "/api/reviews", status: 500, ms: 1, aborted: true }, routeOf))).toMatchObject({
      level: "error",
      route: "/api/reviews",
      aborted: true,
    });
  });

  it("reads the route table of the build the server runs, and the public folder", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "route-patterns-"));
    try {
      fs.mkdirSync(path.join(root, ".next-x"));
      fs.writeFileSync(path.join(root, ".next-x", "routes-manifest.json"), JSON.stringify({ version: 3, ...manifest }));
      fs.mkdirSync(path.join(root, "public", "img"), { recursive: true });
      fs.writeFileSync(path.join(root, "public", "img", "map.svg"), "<svg/>");
      const of = loadRoutePatterns(root, ".next-x");
      expect(of("/topics/t-1")).toBe("/topics/[topicId]");
      expect(of("/img/map.svg")).toBe("/img/map.svg");
      // Without a build (a dev server) nothing is matched, and still no path is logged.
      expect(loadRoutePatterns(root, ".next-missing")("/topics/t-1")).toBe("[unmatched]");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
