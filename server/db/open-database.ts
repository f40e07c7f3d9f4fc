import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { describeTarget, type DatabaseTarget } from "./database-target";
import { acquireDirectoryLock } from "./directory-lock";
import { DatabaseOpenError } from "./database-open-error";

export { DatabaseOpenError };

export type PlainValue = string | number | boolean | null;

export type OpenDatabase = {
  target: DatabaseTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Plain SQL on the same connection(s) Prisma uses: benchmarks and tests. */
  rawQuery: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  /**
   * A statement the grade path runs on every answer, on the same connection(s), without Prisma's query
   * layer (which cost more CPU per call than the driver itself). On PostgreSQL it is prepared once per
   * connection under `name`, so the server parses and plans it once, not per answer; a name must always
   * go with the same text. Values are strings, numbers, booleans or null.
   */
  preparedQuery: (name: string, sql: string, params: readonly PlainValue[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  return target.kind === "pglite" ? openPglite(target.dataDir, target) : openPostgres(target);
}

async function openPglite(dataDir: string, target: DatabaseTarget): Promise<OpenDatabase> {
  const inMemory = dataDir.startsWith("memory://");
  const releaseLock = inMemory ? () => {} : acquireDirectoryLock(dataDir);
  let client: PGlite;
  try {
    if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    client = new PGlite(inMemory ? undefined : dataDir);
    await client.waitReady;
    await client.query("select 1");
  } catch (error) {
    releaseLock();
    const reason = describeOpenFailure(error);
    // A full disk is not a damaged folder: moving it aside would not help, and would hide the data.
    const advice = /ENOSPC|EDQUOT/.test(reason)
      ? `Free some space on the disk that holds it, then start again.`
      : `If it is damaged, move it aside (mv ${dataDir} ${dataDir}.broken) and start again: ` +
        `a fresh database is created and the content reloaded.`;
    throw new DatabaseOpenError(`The embedded database in ${dataDir} could not be opened (${reason}). ${advice}`);
  }
  return {
    target,
    factory: new PrismaPGlite(client),
    rawQuery: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
    // PGlite runs in this process: there is no connection to prepare on, nor a network to save.
    preparedQuery: async (_name, sql, params) => (await client.query<Record<string, unknown>>(sql, [...params])).rows,
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

// PGlite's file system layer (Emscripten) throws plain objects carrying a WASI errno, not Errors.
const WASI_ERRNO: Record<number, string> = {
  2: "permission denied (EACCES)",
  19: "disk quota exceeded (EDQUOT)",
  29: "input/output error (EIO)",
  44: "no such file or directory (ENOENT)",
  51: "no space left on device (ENOSPC)",
  63: "operation not permitted (EPERM)",
  69: "read-only file system (EROFS)",
};

/** Why a folder did not open, in words a person can act on, whatever was thrown. */
export function describeOpenFailure(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "object" && error !== null) {
    const { errno, code, message } = error as { errno?: unknown; code?: unknown; message?: unknown };
    if (typeof message === "string" && message) return message;
    if (typeof errno === "number") return WASI_ERRNO[errno] ?? `file system error ${errno}`;
    if (typeof code === "string") return code;
  }
  return String(error);
}

async function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<OpenDatabase> {
  const quotedSchema = `"${target.schema.replaceAll('"', '""')}"`;
  // search_path is set at connection start so migrations and plain SQL land in the same
  // schema Prisma queries (tests use one fresh schema per file).
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    // Fail fast while the server is down or restarting: requests get a 503 in seconds, never hang.
    connectionTimeoutMillis: 5_000,
    query_timeout: 15_000,
    max: 10,
    options: `-c search_path=${quotedSchema}`,
  });
  // An idle connection the server closes (a restart, an admin shutdown) is reported here; without a
  // listener it would crash the process. The pool drops it and opens a new one on the next query.
  pool.on("error", () => {});
  try {
    const probe = await pool.connect();
    try {
      await probe.query(`create schema if not exists ${quotedSchema}`);
    } finally {
      probe.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseOpenError(`DATABASE_URL: cannot use ${describeTarget(target)}: ${reason}`);
  }
  return {
    target,
    factory: new PrismaPg(pool, { schema: target.schema }),
    rawQuery: async (sql, params) => (await pool.query(sql, params)).rows,
    preparedQuery: async (name, sql, params) => (await pool.query({ name, text: sql, values: [...params] })).rows,
    close: () => pool.end(),
  };
}
