import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { formatJoinCode } from "@/lib/classes/join-code";
import { JOIN_CODE_PER_USER } from "@/server/auth/rate-limit";
import { createClass } from "./create-class";
import { joinClass, previewJoinCode } from "./join-class";
import { rotateJoinCode, updateJoinCodeSettings } from "./update-join-code";
import { removeStudent } from "./remove-student";
import { logReview, seedClassContent } from "./testing/class-fixtures";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  await seedClassContent(testDb.prisma);
});

async function teacherWithClass(name = "Morning batch") {
  const teacher = await createTestUser(testDb.prisma, "teacher");
  const cls = await createClass(testDb.prisma, teacher.id, { name, examYear: 2027 }, now);
  return { teacher, cls };
}

describe("joining a class", () => {
  it("lets a student join with a class code, and belong to several classes", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const one = await teacherWithClass("One");
    const two = await teacherWithClass("Two");
    expect(await joinClass(testDb.prisma, student.id, { code: one.cls.joinCode }, now)).toEqual({ classId: one.cls.id, className: "One" });
    await joinClass(testDb.prisma, student.id, { code: two.cls.joinCode }, now);
    expect(await testDb.prisma.classMember.count({ where: { studentId: student.id } })).toBe(2);
    expect(formatJoinCode(one.cls.joinCode)).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  });

  it("refuses a second join with a clear message and keeps one membership", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const { cls } = await teacherWithClass("Twice");
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now);
    await expect(joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now)).rejects.toMatchObject({ code: "conflict", message: "You are already in Twice.", issues: [] });
    expect(await testDb.prisma.classMember.count({ where: { classId: cls.id } })).toBe(1);
    expect((await previewJoinCode(testDb.prisma, student.id, cls.joinCode, now)).alreadyMember).toBe(true);
  });

  it("refuses disabled, expired and rotated-away codes, each with its own message, and adds nobody", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const { teacher, cls } = await teacherWithClass();
    await updateJoinCodeSettings(testDb.prisma, teacher.id, cls.id, { enabled: false }, now);
    await expect(joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now)).rejects.toMatchObject({ code: "gone", issues: [{ path: "code", message: expect.stringContaining("not taking new students") }] });

    await updateJoinCodeSettings(testDb.prisma, teacher.id, cls.id, { enabled: true, expiresAt: later(30) }, now);
    await expect(joinClass(testDb.prisma, student.id, { code: cls.joinCode }, later(31))).rejects.toMatchObject({ code: "gone", issues: [{ path: "code", message: expect.stringContaining("expired") }] });

    const rotated = await rotateJoinCode(testDb.prisma, teacher.id, cls.id, now);
    expect(rotated.joinCode).not.toBe(cls.joinCode);
    await expect(joinClass(testDb.prisma, student.id, { code: cls.joinCode }, later(32))).rejects.toMatchObject({ code: "not_found", issues: [{ path: "code" }] });
    expect(await testDb.prisma.classMember.count({ where: { classId: cls.id } })).toBe(0);
    // Rotation reopens joining with no expiry.
    await joinClass(testDb.prisma, student.id, { code: rotated.joinCode }, later(33));
    expect(await testDb.prisma.classMember.count({ where: { classId: cls.id } })).toBe(1);
  });

  it("rejects an expiry in the past rather than silently closing the class", async () => {
    const { teacher, cls } = await teacherWithClass();
    await expect(updateJoinCodeSettings(testDb.prisma, teacher.id, cls.id, { expiresAt: later(-1) }, now)).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("rate-limits a student after 10 failed codes in 15 minutes, even for a valid code, then lets them in", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const { cls } = await teacherWithClass();
    for (let i = 0; i < JOIN_CODE_PER_USER.limit; i++) {
      await expect(joinClass(testDb.prisma, student.id, { code: `ZZZZZZZZ${"23456789AB"[i]}${"C"}` }, later(i / 10))).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(joinClass(testDb.prisma, student.id, { code: cls.joinCode }, later(2))).rejects.toMatchObject({ code: "rate_limited", message: expect.stringMatching(/Try again in 1[34] minutes\./) });
    await expect(previewJoinCode(testDb.prisma, student.id, cls.joinCode, later(2))).rejects.toMatchObject({ code: "rate_limited" });
    // Another student is not affected by this one's failures.
    const other = await createTestUser(testDb.prisma, "student");
    await joinClass(testDb.prisma, other.id, { code: cls.joinCode }, later(2));
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, later(16));
  });

  it("does not count a successful join or a duplicate join as a failure", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const { cls } = await teacherWithClass();
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now);
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now).catch(() => undefined);
    expect(await testDb.prisma.rateLimitHit.count({ where: { bucket: JOIN_CODE_PER_USER.bucket, key: student.id } })).toBe(0);
  });
});

describe("removing a student", () => {
  it("ends the membership but keeps the student's own history", async () => {
    const student = await createTestUser(testDb.prisma, "student");
    const { teacher, cls } = await teacherWithClass();
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now);
    await logReview(testDb.prisma, student.id, "cls-a-1", now);
    await removeStudent(testDb.prisma, teacher.id, cls.id, student.id);
    expect(await testDb.prisma.classMember.count({ where: { classId: cls.id } })).toBe(0);
    expect(await testDb.prisma.reviewLog.count({ where: { userId: student.id } })).toBe(1);
    await expect(removeStudent(testDb.prisma, teacher.id, cls.id, student.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
