import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { JOIN_CODE_PER_USER } from "@/server/auth/rate-limit";
import { createClass } from "./create-class";
import { joinClass, previewJoinCode } from "./join-class";
import { previewInvitation } from "./invitation";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const BAD_CODE = "ZZZZZZZZ2";

// Opening a link is a GET: a page anyone can make a browser load (an <img>, a prefetch), so it
// must not be able to spend a student's join attempts. Only the POST that joins counts.
describe("join-link previews record no rate-limit hits", () => {
  it("a signed-in student opening bad join links many times is not limited, and can still join", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const teacher = await createTestUser(testDb.prisma, "teacher");
    const cls = await createClass(testDb.prisma, teacher.id, { name: "Links", examYear: 2027 }, now);
    for (let i = 0; i < JOIN_CODE_PER_USER.limit + 5; i++) {
      await expect(previewJoinCode(testDb.prisma, student.id, BAD_CODE, now)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await testDb.prisma.rateLimitHit.count({ where: { key: student.id } })).toBe(0);
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now);
  });

  it("the joining POST still counts its failures", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    await expect(joinClass(testDb.prisma, student.id, { code: BAD_CODE }, now)).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb.prisma.rateLimitHit.count({ where: { bucket: JOIN_CODE_PER_USER.bucket, key: student.id } })).toBe(1);
  });

  it("the signed-out invitation preview on sign-in and sign-up records nothing either", async () => {
    for (let i = 0; i < 30; i++) expect(await previewInvitation(testDb.prisma, BAD_CODE, now)).toBeNull();
    expect(await testDb.prisma.rateLimitHit.count({ where: { bucket: "invitation:ip" } })).toBe(0);
  });
});
