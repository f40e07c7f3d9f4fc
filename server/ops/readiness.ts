import "server-only";
import { getDatabase } from "@/server/db";
import { readMigrations } from "@/server/db/migrations";
import { isDraining } from "./graceful-shutdown";

export interface Readiness {
  ready: boolean;
  database: "postgres" | "pglite";
  /** Milliseconds the database took to answer. */
  databaseMs?: number;
  migrations?: { applied: number; pending: string[] };
  problem?: string;
}

/**
 * Ready means: not shutting down, the database answers a query, and every migration on disk is
 * applied (a server started on an older schema would fail on its first write).
 */
export async function checkReadiness(): Promise<Readiness> {
  const kind = process.env.DATABASE_URL ? "postgres" : "pglite";
  if (isDraining()) return { ready: false, database: kind, problem: "The server is shutting down." };
  try {
    const database = await getDatabase();
    const started = performance.now();
    const rows = await database.rawQuery(
      `select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
    );
    const databaseMs = Math.round((performance.now() - started) * 10) / 10;
    const applied = new Set(rows.map((r) => String(r.migration_name)));
    const pending = readMigrations().migrationDirectories.map((m) => m.path).filter((name) => !applied.has(name));
    return {
      ready: pending.length === 0,
      database: database.target.kind,
      databaseMs,
      migrations: { applied: applied.size, pending },
      ...(pending.length ? { problem: `${pending.length} migration(s) not applied: run npm run db:migrate.` } : {}),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ready: false, database: kind, problem: `The database did not answer: ${reason}` };
  }
}
