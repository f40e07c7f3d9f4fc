import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/server/testing/test-database";
import { isUniqueViolation } from "./unique-violation";

const testDb = withTestDatabase();

describe("isUniqueViolation", () => {
  it("recognises a real duplicate from this run's driver (PGlite, or PostgreSQL with TEST_DATABASE_URL)", async () => {
    const data = { email: `dup-${Date.now()}@example.test`, name: "Dup", role: "student" as const, passwordHash: "x" };
    await testDb.prisma.user.create({ data });
    const error = await testDb.prisma.user.create({ data }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true);
    // The same through a raw statement, which the driver adapter reports in its own shape.
    const raw = await testDb.prisma.$executeRawUnsafe(`insert into "User" (id, email, name, role, "passwordHash") values ('dup-raw', $1, 'Dup', 'student', 'x')`, data.email).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(raw)).toBe(true);
  });

  it("knows each shape the drivers use, wrapped or not, and nothing else", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ code: "23505" })).toBe(true);
    expect(isUniqueViolation({ meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } })).toBe(true);
    expect(isUniqueViolation({ meta: { driverAdapterError: { cause: { originalCode: "23505" } } } })).toBe(true);
    expect(isUniqueViolation(new Error("wrapped", { cause: { code: "23505" } }))).toBe(true);
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
