import { describe, expect, it } from "vitest";
import { parseUserRoleArgs } from "./user-role-args";

describe("parseUserRoleArgs", () => {
  it("reads an email and a role, ignoring npm's -- separator", () => {
    expect(parseUserRoleArgs(["--", "Ed@Example.test", "editor"])).toEqual({ email: "ed@example.test", role: "editor" });
  });

  it.each([
    [[], /got 0 arguments/],
    [["ed@example.test"], /got 1 argument$/],
    [["ed@example.test", "editor", "extra"], /got 3 arguments/],
    [["not-an-email", "editor"], /"not-an-email" is not an email address/],
    [["ed@example.test", "admin"], /"admin" is not a role; choose student, teacher or editor/],
  ])("rejects %j with a clear message", (argv, message) => {
    expect(() => parseUserRoleArgs(argv)).toThrow(message);
  });
});
