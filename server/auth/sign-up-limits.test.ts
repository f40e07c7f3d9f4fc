import { describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { AppError } from "@/server/errors";
import { registerUser } from "./accounts";
import { SIGN_UP_PER_IP } from "./rate-limit";
import { BusyError, Gate, scryptGate } from "./scrypt-gate";
import { hashPassword } from "./password";

// Counts hashing calls while still hashing for real.
const hashCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, hashPassword: (password: string) => ((hashCalls.count += 1), real.hashPassword(password)) };
});

const testDb = withTestDatabase();
const now = new Date("2026-11-22T10:00:00Z");
const input = (email: string) => ({ name: "N", email, password: "long enough pass", role: "student" as const });


describe("sign-up", () => {
  it("refuses a duplicate email before spending a scrypt call", async () => {
    await registerUser(testDb.prisma, input("first@example.test"), "10.5.0.1", now);
    const before = hashCalls.count;
    await expect(registerUser(testDb.prisma, input("first@example.test"), "10.5.0.2", now)).rejects.toMatchObject({ code: "conflict" });
    expect(hashCalls.count).toBe(before);
  });

  it("limits new accounts per address, without hashing the refused ones", async () => {
    const ip = "10.6.0.1";
    const rule = { ...SIGN_UP_PER_IP, limit: 2 };
    await registerUser(testDb.prisma, input("a1@example.test"), ip, now, rule);
    await registerUser(testDb.prisma, input("a2@example.test"), ip, now, rule);
    const before = hashCalls.count;
    await expect(registerUser(testDb.prisma, input("a3@example.test"), ip, now, rule)).rejects.toThrow(/Too many new accounts from your network\. Try again in 60 minutes\./);
    expect(hashCalls.count).toBe(before);
    // Another address is not affected, and the window passes.
    await registerUser(testDb.prisma, input("b1@example.test"), "10.6.0.2", now, rule);
    await registerUser(testDb.prisma, input("a3@example.test"), ip, new Date(now.getTime() + rule.windowMs + 1), rule);
  }, 60_000);
});

describe("the scrypt gate", () => {
  it("runs a bounded number at once, queues a bounded number, and refuses the rest with a retry time", async () => {
    const gate = new Gate({ running: 2, waiting: 1, retryAfterSeconds: 7 });
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const task = () => {
      started += 1;
      return blocked;
    };
    const accepted = [gate.run(task), gate.run(task), gate.run(task)];
    await Promise.resolve();
    expect(started).toBe(2);
    const refused = await gate.run(task).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ code: "unavailable", status: 503, retryAfterSeconds: 7 });
    release();
    await Promise.all(accepted);
    expect(started).toBe(3);
    expect(gate.inFlight).toBe(0);
  });

  it("guards the real password hashing: a full gate turns hashPassword away with a 503", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const fillers = Array.from({ length: 20 }, () => scryptGate.run(() => blocked));
    const refused = await hashPassword("long enough pass").catch((e: unknown) => e);
    release();
    await Promise.all(fillers);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503 });
  });
});
