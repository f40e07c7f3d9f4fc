import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_BITS, JOIN_CODE_LENGTH, joinCodeFromBytes, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("carry at least 40 bits and use 32 distinct symbols with no look-alikes", () => {
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    expect(JOIN_CODE_BITS).toBeGreaterThanOrEqual(40);
    for (const lookAlike of ["0", "O", "1", "I"]) expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it("map every byte value to a symbol exactly as often as any other (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      const code = joinCodeFromBytes(new Uint8Array(JOIN_CODE_LENGTH).fill(b));
      counts.set(code[0]!, (counts.get(code[0]!) ?? 0) + 1);
    }
    expect([...counts.values()]).toEqual(new Array(32).fill(8));
  });

  it("survive formatting, lower case and stray spaces, for any random code", () => {
    for (let i = 0; i < 500; i++) {
      const code = joinCodeFromBytes(randomBytes(JOIN_CODE_LENGTH));
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
      expect(normalizeJoinCode(formatJoinCode(code))).toBe(code);
      expect(normalizeJoinCode(` ${formatJoinCode(code).toLowerCase()} `)).toBe(code);
    }
  });

  it("reject text that cannot be a code", () => {
    for (const bad of ["", "ABCDE", "ABCDEFGHJKL", "ABCDE-FGHJ0", "ABCDEFGHJ1", "ABCDE_FGHJK", "ÄBCDEFGHJK"]) {
      expect(normalizeJoinCode(bad)).toBeNull();
    }
  });

  it("refuse too few random bytes rather than pad", () => {
    expect(() => joinCodeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });
});
