import { describe, expect, it } from "vitest";
import { signUpSchema } from "./credentials";

const base = { name: "Asha", email: "asha@example.test", role: "student" };

describe("signUpSchema passwords", () => {
  it("refuses 11 characters and accepts 12, with no composition rules", () => {
    const short = signUpSchema.safeParse({ ...base, password: "abcdefghijk" });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe("Use at least 12 characters.");
    expect(signUpSchema.safeParse({ ...base, password: "abcdefghijkl" }).success).toBe(true);
  });

  it("allows long passphrases up to 200 characters", () => {
    expect(signUpSchema.safeParse({ ...base, password: "a".repeat(200) }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, password: "a".repeat(201) }).success).toBe(false);
  });
});
