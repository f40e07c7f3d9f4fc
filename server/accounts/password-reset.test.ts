import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { createTestUser } from "@/server/testing/test-users";
import { verifyPassword } from "@/server/auth/password";
import { findSessionUser } from "@/server/auth/sessions";
import { parseServerEnv } from "@/server/env";
import { readOutbox, sendMail } from "@/server/mail/send-mail";
import { issueStudentResetLink } from "@/server/classes/issue-student-reset-link";
import { createClass } from "@/server/classes/create-class";
import { joinClass } from "@/server/classes/join-class";
import { issueResetToken, requestPasswordReset, resetPassword, resetTokenUsable, RESET_REQUEST_PER_EMAIL, RESET_TOKEN_TTL_MS } from "./password-reset";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const NEW_PASSWORD = "a brand new passphrase";
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

describe("password reset tokens", () => {
  it("are stored only as a hash", async () => {
    const user = await createTestUser(testDb.prisma);
    const { token } = await issueResetToken(testDb.prisma, user.id, null, now);
    const rows = await testDb.prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("set the new password once, sign out every session, and refuse a second use", async () => {
    const user = await createTestUser(testDb.prisma);
    const sessionToken = decodeURIComponent(user.cookie.split("=")[1]!);
    expect(await findSessionUser(testDb.prisma, sessionToken, minutes(1))).not.toBeNull();
    const { token } = await issueResetToken(testDb.prisma, user.id, null, now);
    await resetPassword(testDb.prisma, { token, password: NEW_PASSWORD }, minutes(5));
    const { passwordHash } = await testDb.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(NEW_PASSWORD, passwordHash)).toBe(true);
    expect(await findSessionUser(testDb.prisma, sessionToken, minutes(6))).toBeNull();
    await expect(resetPassword(testDb.prisma, { token, password: "another passphrase!" }, minutes(6))).rejects.toMatchObject({ code: "gone" });
    expect(await resetTokenUsable(testDb.prisma, token, minutes(6))).toBe(false);
  });

  it("expire after 30 minutes", async () => {
    const user = await createTestUser(testDb.prisma);
    const { token, expiresAt } = await issueResetToken(testDb.prisma, user.id, null, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(RESET_TOKEN_TTL_MS).toBe(30 * 60_000);
    expect(await resetTokenUsable(testDb.prisma, token, minutes(29))).toBe(true);
    await expect(resetPassword(testDb.prisma, { token, password: NEW_PASSWORD }, minutes(31))).rejects.toMatchObject({ code: "gone" });
  });

  it("a newer link cancels an older unused one; two submits of one link cannot both win", async () => {
    const user = await createTestUser(testDb.prisma);
    const first = await issueResetToken(testDb.prisma, user.id, null, now);
    const second = await issueResetToken(testDb.prisma, user.id, null, minutes(1));
    expect(await resetTokenUsable(testDb.prisma, first.token, minutes(2))).toBe(false);
    const results = await Promise.allSettled([
      resetPassword(testDb.prisma, { token: second.token, password: NEW_PASSWORD }, minutes(2)),
      resetPassword(testDb.prisma, { token: second.token, password: "the other passphrase" }, minutes(2)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("asking for a reset by email", () => {
  it("answers alike for an unknown email (no link) and a known one (a link)", async () => {
    const user = await createTestUser(testDb.prisma, "student", "Known Kavya");
    const unknown = await requestPasswordReset(testDb.prisma, { email: "nobody-here@example.test", ip: "10.4.0.1", appUrl: "http://localhost:3000" }, now);
    expect(unknown).toBeNull();
    const known = await requestPasswordReset(testDb.prisma, { email: user.email, ip: "10.4.0.1", appUrl: "http://localhost:3000" }, now);
    expect(known).toMatchObject({ to: user.email, name: "Known Kavya", url: expect.stringMatching(/^http:\/\/localhost:3000\/reset-password\?token=/) });
    expect(await resetTokenUsable(testDb.prisma, tokenOf(known!.url), minutes(1))).toBe(true);
  });

  it("is rate-limited per email, whether or not it has an account", async () => {
    const user = await createTestUser(testDb.prisma);
    for (const email of [user.email, "ghost@example.test"]) {
      for (let i = 0; i < RESET_REQUEST_PER_EMAIL.limit; i++) {
        await requestPasswordReset(testDb.prisma, { email, ip: `10.5.${i}.1`, appUrl: "http://localhost:3000" }, minutes(i));
      }
      await expect(requestPasswordReset(testDb.prisma, { email, ip: "10.5.9.9", appUrl: "http://localhost:3000" }, minutes(5))).rejects.toThrow(/Too many reset requests\. Try again in \d+ minutes\./);
    }
  });
});

describe("a teacher's reset link for a student", () => {
  it("works for a student of the teacher's class, and only theirs", async () => {
    const teacher = await createTestUser(testDb.prisma, "teacher");
    const student = await createTestUser(testDb.prisma, "student");
    const stranger = await createTestUser(testDb.prisma, "student");
    const cls = await createClass(testDb.prisma, teacher.id, { name: "Reset batch", examYear: 2027 }, now);
    await joinClass(testDb.prisma, student.id, { code: cls.joinCode }, now);
    const link = await issueStudentResetLink(testDb.prisma, { teacherId: teacher.id, classId: cls.id, studentId: student.id, appUrl: "http://localhost:3000" }, now);
    const row = await testDb.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: student.id } });
    expect(row.issuedById).toBe(teacher.id);
    await resetPassword(testDb.prisma, { token: tokenOf(link.url), password: NEW_PASSWORD }, minutes(1));
    await expect(
      issueStudentResetLink(testDb.prisma, { teacherId: teacher.id, classId: cls.id, studentId: stranger.id, appUrl: "http://localhost:3000" }, now),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("mail without SMTP_URL", () => {
  it("goes to the log, and to the outbox only when the outbox is on", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-outbox-"));
    const on = parseServerEnv({ DOSSIER_DATA_DIR: path.join(dir, "pglite"), MAIL_OUTBOX: "true", NODE_ENV: "production" });
    const off = parseServerEnv({ DOSSIER_DATA_DIR: path.join(dir, "pglite"), NODE_ENV: "production" });
    await sendMail({ to: "off@example.test", subject: "Off", text: "not kept" }, off);
    expect(await readOutbox(10, on)).toEqual([]);
    await sendMail({ to: "on@example.test", subject: "Reset", text: "http://localhost:3000/reset-password?token=x" }, on);
    expect(await readOutbox(10, on)).toMatchObject([{ to: "on@example.test", subject: "Reset" }]);
    expect(await readOutbox(10, off)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
