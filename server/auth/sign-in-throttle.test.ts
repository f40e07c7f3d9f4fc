import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { AppError } from "@/server/errors";
import { authenticate, registerUser } from "./accounts";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_IP } from "./rate-limit";

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const PASSWORD = "right password 1";

async function account(email: string) {
  await registerUser(testDb.prisma, { name: "T", email, password: PASSWORD, role: "student" }, `10.200.${Math.floor(Math.random() * 250)}.1`, now);
  return email;
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("sign-in throttling", () => {
  it("lets exactly the free attempts through when 20 wrong passwords arrive at once", async () => {
    const email = await account("parallel@example.test");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => outcome(authenticate(testDb.prisma, { email, password: "wrong guess" }, "10.1.1.1", now))),
    );
    expect(results.filter((r) => r === "unauthenticated")).toHaveLength(SIGN_IN_PER_ACCOUNT_IP.free);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(20 - SIGN_IN_PER_ACCOUNT_IP.free);
    // The owner, elsewhere, is not locked out by that address's guesses.
    expect((await authenticate(testDb.prisma, { email, password: PASSWORD }, "10.2.2.2", now)).email).toBe(email);
  }, 120_000);

  it("backs off exponentially per account and address: 1, 2, 4 … minutes after the free attempts", async () => {
    const email = await account("backoff@example.test");
    const ip = "10.3.3.3";
    const guess = (at: Date) => outcome(authenticate(testDb.prisma, { email, password: "nope" }, ip, at));
    for (let i = 0; i < 5; i++) expect(await guess(now)).toBe("unauthenticated");
    expect(await guess(now)).toBe("rate_limited");
    await expect(authenticate(testDb.prisma, { email, password: PASSWORD }, ip, now)).rejects.toThrow(/Try again in 1 minute\./);
    expect(await guess(minutes(1))).toBe("unauthenticated"); // 6th failure, 1 minute after the 5th
    expect(await guess(minutes(2))).toBe("rate_limited"); // now 2 minutes after the 6th are needed
    expect(await guess(minutes(3))).toBe("unauthenticated");
    await expect(authenticate(testDb.prisma, { email, password: PASSWORD }, ip, minutes(6))).rejects.toThrow(/Try again in 1 minute\./);
    // The right password after the wait gets in, and wipes this address's backoff.
    expect((await authenticate(testDb.prisma, { email, password: PASSWORD }, ip, minutes(7))).email).toBe(email);
    expect(await testDb.prisma.rateLimitHit.count({ where: { bucket: SIGN_IN_PER_ACCOUNT_IP.bucket, key: `${email} ${ip}` } })).toBe(0);
  });

  it("caps one account across many addresses, and lets the owner in from a new address once the window passes", async () => {
    const email = await account("botnet@example.test");
    // 49 earlier failures from 49 addresses (written directly: 49 scrypt calls would take a minute here) …
    await testDb.prisma.rateLimitHit.createMany({
      data: Array.from({ length: SIGN_IN_PER_ACCOUNT.limit - 1 }, (_, i) => ({ bucket: SIGN_IN_PER_ACCOUNT.bucket, key: email, createdAt: minutes(i / 60) })),
    });
    // … and the 50th through the front door.
    expect(await outcome(authenticate(testDb.prisma, { email, password: "nope" }, "172.16.99.1", minutes(1)))).toBe("unauthenticated");
    await expect(authenticate(testDb.prisma, { email, password: PASSWORD }, "192.0.2.50", minutes(5))).rejects.toThrow(/from many places/);
    const owner = await authenticate(testDb.prisma, { email, password: PASSWORD }, "192.0.2.50", minutes(61));
    expect(owner.email).toBe(email);
  });

  it("a success gives back its own hit", async () => {
    const email = await account("success@example.test");
    await authenticate(testDb.prisma, { email, password: PASSWORD }, "10.4.4.4", now);
    expect(await testDb.prisma.rateLimitHit.count({ where: { key: { in: [email, "10.4.4.4", `${email} 10.4.4.4`] } } })).toBe(0);
  });
});
