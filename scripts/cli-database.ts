import { parseServerEnv } from "@/server/env";
import { targetFromEnv, describeTarget } from "@/server/db/database-target";
import { openDatabase, DatabaseOpenError, type OpenDatabase } from "@/server/db/open-database";

/** Opens the configured database for a command-line tool, or exits with one clear line. */
export async function openCliDatabase(): Promise<OpenDatabase> {
  try {
    const target = targetFromEnv(parseServerEnv(process.env));
    const db = await openDatabase(target);
    console.log(`database: ${describeTarget(target)}`);
    return db;
  } catch (error) {
    exitWithError(error);
  }
}

export function exitWithError(error: unknown): never {
  const message = error instanceof DatabaseOpenError || error instanceof Error ? error.message : String(error);
  console.error(`error: ${message}`);
  process.exit(1);
}
