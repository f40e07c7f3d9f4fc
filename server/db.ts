import "server-only";
import { PrismaClient } from "@/server/generated/prisma/client";
import { serverEnv } from "@/server/env";
import { AppError } from "@/server/errors";
import { targetFromEnv } from "@/server/db/database-target";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";

// Each client's plain-SQL path on its own connections (OpenDatabase.preparedQuery), for the grade path.
// On globalThis: the production build can hold more than one copy of this module, and the copy that
// made the client need not be the one a route imports.
const registry = globalThis as typeof globalThis & { __dossierPreparedQueries?: WeakMap<object, OpenDatabase["preparedQuery"]> };
const preparedQueries = (registry.__dossierPreparedQueries ??= new WeakMap());

export function createPrismaClient(database: OpenDatabase) {
  // The password hash never leaves the data layer unless a query asks for it by name.
  const prisma = new PrismaClient({ adapter: database.factory, omit: { user: { passwordHash: true } } });
  preparedQueries.set(prisma, database.preparedQuery);
  return prisma;
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The plain SQL path on the same connections as `db` (server/db/open-database.ts, preparedQuery). */
export function preparedQueryOf(db: Db): OpenDatabase["preparedQuery"] {
  const run = preparedQueries.get(db);
  if (!run) throw new Error("This Prisma client was not made by createPrismaClient, so it has no plain SQL path.");
  return run;
}
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

type Holder = { db?: Promise<{ prisma: Db; database: OpenDatabase }>; closed?: boolean };
// Cached on globalThis so dev-mode reloads reuse one PGlite instance (it holds a folder lock).
const holder = globalThis as typeof globalThis & { __dossierDb?: Holder };
const state: Holder = (holder.__dossierDb ??= {});

async function connect() {
  const database = await openDatabase(targetFromEnv(serverEnv()));
  return { prisma: createPrismaClient(database), database };
}

/** The one Prisma client of this process, opened on first use. */
export async function getDb(): Promise<Db> {
  if (state.closed) throw new AppError("unavailable", "The server is shutting down. Try again in a moment.");
  state.db ??= connect().catch((error: unknown) => {
    state.db = undefined;
    throw error;
  });
  return (await state.db).prisma;
}

export async function getDatabase(): Promise<OpenDatabase> {
  await getDb();
  return (await state.db!).database;
}

/** Graceful shutdown: closes the connection pool, or writes PGlite's folder out and unlocks it. */
export async function closeDb(): Promise<void> {
  state.closed = true;
  const open = state.db;
  state.db = undefined;
  if (!open) return;
  const { prisma, database } = await open;
  await prisma.$disconnect();
  await database.close();
}

/** Tests point the app's data layer at their own fresh database. */
export function installTestDatabase(prisma: Db, database: OpenDatabase): void {
  state.db = Promise.resolve({ prisma, database });
}
