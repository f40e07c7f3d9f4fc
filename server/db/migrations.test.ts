import { describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaAgainstMigrations, readMigrations } from "@/server/db/migrations";
import { openDatabase, DatabaseOpenError } from "@/server/db/open-database";
import { withTestDatabase } from "@/server/testing/test-database";

const testDb = withTestDatabase();

describe("migrations", () => {
  it("a second run applies nothing and leaves the history unchanged", async () => {
    const before = await testDb.database.rawQuery(`select migration_name, checksum from _prisma_migrations order by 1`);
    expect(before.length).toBe(readMigrations().migrationDirectories.length);
    expect(await applyMigrations(testDb.database.factory)).toEqual([]);
    const after = await testDb.database.rawQuery(`select migration_name, checksum from _prisma_migrations order by 1`);
    expect(after).toEqual(before);
  });

  it("the migration history matches the Prisma schema (no pending diff)", async () => {
    const scratch = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      expect(await diffSchemaAgainstMigrations(scratch.factory)).toBe("");
    } finally {
      await scratch.close();
    }
  });
});

describe("opening a database", () => {
  it("names DATABASE_URL in one line when the server is unreachable", async () => {
    const attempt = openDatabase({ kind: "postgres", connectionString: "postgres://nobody@127.0.0.1:1/none", schema: "public" });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseOpenError);
    await expect(attempt).rejects.toThrow(/^DATABASE_URL: cannot use PostgreSQL 127\.0\.0\.1:1\/none/);
  });
});
