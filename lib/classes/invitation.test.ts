import { describe, expect, it } from "vitest";
import { joinCodeFromReturnPath, withReturnPath } from "./invitation";

describe("invitations carried through sign-in and sign-up", () => {
  it("finds the join code in a join link's return path, however it was typed", () => {
    expect(joinCodeFromReturnPath("/join/ABCDE-FGH23")).toBe("ABCDEFGH23");
    expect(joinCodeFromReturnPath("/join/abcde%20fgh23")).toBe("ABCDEFGH23");
    expect(joinCodeFromReturnPath("/join/ABCDEFGH23/")).toBe("ABCDEFGH23");
  });

  it("ignores every other path and malformed codes", () => {
    expect(joinCodeFromReturnPath("/dashboard")).toBeNull();
    expect(joinCodeFromReturnPath("/join/short")).toBeNull();
    expect(joinCodeFromReturnPath("/join/%E0%A4%A")).toBeNull();
    expect(joinCodeFromReturnPath("/join/ABCDE-FGH23/more")).toBeNull();
    expect(joinCodeFromReturnPath(undefined)).toBeNull();
  });

  it("links between the forms keep the return path", () => {
    expect(withReturnPath("/sign-up", "/join/ABCDE-FGH23")).toBe("/sign-up?next=%2Fjoin%2FABCDE-FGH23");
    expect(withReturnPath("/sign-in", undefined)).toBe("/sign-in");
  });
});
