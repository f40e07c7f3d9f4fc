import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { findSessionUser } from "@/server/auth/sessions";
import { SESSION_COOKIE } from "@/server/auth/current-user";
import { setUserRole } from "./set-user-role";

const testDb = withTestDatabase();

describe("setUserRole", () => {
  it("makes a teacher an editor, effective on their existing session", async () => {
    const user = await createTestUser(testDb.prisma, "teacher");
    expect(await setUserRole(testDb.prisma, user.email, "editor")).toEqual({ email: user.email, from: "teacher", to: "editor" });
    const token = user.cookie.slice(SESSION_COOKIE.length + 1);
    expect((await findSessionUser(testDb.prisma, token, new Date()))?.role).toBe("editor");
  });

  it("refuses an unknown email and changes nobody", async () => {
    await expect(setUserRole(testDb.prisma, "nobody@example.test", "editor")).rejects.toThrow(/no account with email nobody@example.test/);
    expect(await testDb.prisma.user.count({ where: { role: "editor" } })).toBe(1);
  });
});
