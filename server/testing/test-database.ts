import "server-only";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/server/db/migrations";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";
import { postgresTarget } from "@/server/db/database-target";
import { createPrismaClient, installTestDatabase, type Db } from "@/server/db";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * new schema on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<{ prisma: Db; database: OpenDatabase; dispose: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const database = await openDatabase(
    url ? postgresTarget(`${url}${url.includes("?") ? "&" : "?"}schema=${schema}`) : { kind: "pglite", dataDir: "memory://" },
  );
  await applyMigrations(database.factory);
  const prisma = createPrismaClient(database);
  installTestDatabase(prisma, database);
  return {
    prisma,
    database,
    dispose: async () => {
      await prisma.$disconnect();
      if (url) await database.rawQuery(`drop schema "${schema}" cascade`);
      await database.close();
    },
  };
}

/** Registers a fresh database for the enclosing test file and returns accessors. */
export function withTestDatabase() {
  let current: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.dispose();
  });
  return {
    get prisma(): Db {
      if (!current) throw new Error("test database not ready: use it inside a test");
      return current.prisma;
    },
    get database(): OpenDatabase {
      if (!current) throw new Error("test database not ready: use it inside a test");
      return current.database;
    },
  };
}
