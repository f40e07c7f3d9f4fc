import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { authenticate, registerUser } from "./accounts";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteAllSessions, deleteSession, findSessionUser } from "./sessions";
import { AppError } from "@/server/errors";
import { SIGN_IN_PER_IP } from "./rate-limit";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("passwords", () => {
  it("are hashed with scrypt at OWASP parameters and a unique salt", async () => {
    const [a, b] = [await hashPassword("a long passphrase"), await hashPassword("a long passphrase")];
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("a long passphrase", a)).toBe(true);
    expect(await verifyPassword("a long passphrasE", a)).toBe(false);
    expect(await verifyPassword("anything", "garbage")).toBe(false);
  });
});

describe("accounts", () => {
  it("refuses a second account with the same email, naming the field", async () => {
    await registerUser(testDb.prisma, { name: "A", email: "dup@example.test", password: "0123456789ab", role: "student" }, "10.0.0.1", now);
    const again = registerUser(testDb.prisma, { name: "B", email: "dup@example.test", password: "0123456789ab", role: "teacher" }, "10.0.0.2", now);
    await expect(again).rejects.toMatchObject({ code: "conflict", details: { field: "email" } });
  });

  it("never returns the password hash from ordinary queries", async () => {
    const user = await testDb.prisma.user.findUniqueOrThrow({ where: { email: "dup@example.test" } });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    const unknown = await authenticate(testDb.prisma, { email: "nobody@example.test", password: "x" }, "10.0.0.1", now).catch((e: AppError) => e);
    const wrong = await authenticate(testDb.prisma, { email: "dup@example.test", password: "wrong one" }, "10.0.0.1", now).catch((e: AppError) => e);
    expect(unknown).toBeInstanceOf(AppError);
    expect((unknown as AppError).message).toBe((wrong as AppError).message);
    expect((wrong as AppError).status).toBe(401);
  });

  it("limits failures per IP across accounts", async () => {
    const ip = "10.9.9.9";
    // 29 earlier failures on other accounts (written directly: each scrypt call takes ~1 s here), then one more.
    await testDb.prisma.rateLimitHit.createMany({ data: Array.from({ length: 29 }, () => ({ bucket: SIGN_IN_PER_IP.bucket, key: ip, createdAt: now })) });
    await expect(authenticate(testDb.prisma, { email: "spray@example.test", password: "nope" }, ip, now)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(authenticate(testDb.prisma, { email: "dup@example.test", password: "0123456789ab" }, ip, minutes(1))).rejects.toThrow(/from your network/);
    const other = await authenticate(testDb.prisma, { email: "dup@example.test", password: "0123456789ab" }, "10.9.9.10", minutes(1));
    expect(other.email).toBe("dup@example.test");
  });
});

describe("sessions", () => {
  it("resolve to their user until they expire or are deleted; only a hash is stored", async () => {
    const user = await testDb.prisma.user.findUniqueOrThrow({ where: { email: "dup@example.test" } });
    const { token } = await createSession(testDb.prisma, user.id, now);
    expect(await testDb.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    expect((await findSessionUser(testDb.prisma, token, minutes(1)))?.id).toBe(user.id);
    await deleteSession(testDb.prisma, token);
    expect(await findSessionUser(testDb.prisma, token, minutes(1))).toBeNull();
  });
});

describe("signing out everywhere", () => {
  it("ends every session of that user and no one else's", async () => {
    const user = await testDb.prisma.user.findUniqueOrThrow({ where: { email: "dup@example.test" } });
    const other = await testDb.prisma.user.create({ data: { email: "other@example.test", name: "O", passwordHash: "x", settings: { create: {} } }, select: { id: true } });
    const [a, b, theirs] = [await createSession(testDb.prisma, user.id, now), await createSession(testDb.prisma, user.id, now), await createSession(testDb.prisma, other.id, now)];
    expect(await deleteAllSessions(testDb.prisma, user.id)).toBeGreaterThanOrEqual(2);
    expect(await findSessionUser(testDb.prisma, a.token, minutes(1))).toBeNull();
    expect(await findSessionUser(testDb.prisma, b.token, minutes(1))).toBeNull();
    expect((await findSessionUser(testDb.prisma, theirs.token, minutes(1)))?.id).toBe(other.id);
  });
});
