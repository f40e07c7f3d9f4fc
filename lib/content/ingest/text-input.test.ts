import { describe, expect, it } from "vitest";
import { decodeInput } from "./text-input";

describe("decodeInput", () => {
  it("returns UTF-8 text without a byte-order mark", () => {
    expect(decodeInput(Buffer.from("\uFEFFHello, port.", "utf8"))).toBe("Hello, port.");
    expect(decodeInput("already text")).toBe("already text");
  });

  it.each([
    ["an empty buffer", Buffer.alloc(0), /empty/],
    ["whitespace only", Buffer.from(" \n\t\n"), /empty/],
    ["NUL bytes", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /binary/],
    ["invalid UTF-8", Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x41]), /UTF-8/],
    ["control characters", Buffer.from("ab\u0001\u0002\u0003\u0004cd", "utf8"), /binary/],
  ])("rejects %s", (_, input, message) => {
    expect(() => decodeInput(input)).toThrow(message);
  });
});
