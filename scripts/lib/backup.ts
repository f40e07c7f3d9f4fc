// Backups of either home of the data. PGlite: a tarball of its data folder made by PGlite itself
// (dumpDataDir), which is consistent because the folder is opened by this process alone (the
// directory lock refuses while a server holds it). PostgreSQL: pg_dump and psql, when installed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDirectoryLock } from "@/server/db/directory-lock";
import { DatabaseOpenError } from "@/server/db/database-open-error";
import type { DatabaseTarget } from "@/server/db/database-target";

export function defaultBackupFile(target: DatabaseTarget, now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return path.join(".data", "backups", `dossier-${target.kind}-${stamp}.${target.kind === "pglite" ? "tar.gz" : "sql"}`);
}

function tool(name: "pg_dump" | "psql"): string {
  const found = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (found.status !== 0) {
    throw new DatabaseOpenError(`${name} is not installed, so a PostgreSQL database cannot be ${name === "pg_dump" ? "backed up" : "restored"} from here. Install the PostgreSQL client (apt-get install postgresql-client) and try again.`);
  }
  return name;
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === "pglite") {
    if (!fs.existsSync(path.join(target.dataDir, "PG_VERSION"))) throw new DatabaseOpenError(`There is no embedded database in ${target.dataDir} to back up.`);
    const release = acquireDirectoryLock(target.dataDir);
    try {
      const db = new PGlite(target.dataDir);
      try {
        await db.waitReady;
        await db.query("select 1");
        const dump = await db.dumpDataDir("gzip");
        fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await db.close();
      }
    } finally {
      release();
    }
    return;
  }
  const args = ["--no-owner", "--no-privileges", "--format=plain", `--file=${file}`];
  // One app schema beside others: dump only it (its CREATE SCHEMA included).
  if (target.schema !== "public") args.push(`--schema=${target.schema}`);
  const result = spawnSync(tool("pg_dump"), [...args, target.connectionString], { encoding: "utf8" });
  if (result.status !== 0) throw new DatabaseOpenError(`pg_dump failed: ${result.stderr.trim()}`);
}

/**
 * Restores into an empty database. PGlite: the current folder, if any, is moved aside (never
 * deleted). PostgreSQL: the dump is replayed with psql and stops at the first error, so a target
 * that already holds the schema is refused rather than mixed.
 */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<string | null> {
  if (!fs.existsSync(file)) throw new DatabaseOpenError(`There is no backup file ${file}.`);
  if (target.kind === "pglite") {
    let movedAside: string | null = null;
    const release = acquireDirectoryLock(target.dataDir);
    try {
      if (fs.existsSync(target.dataDir) && fs.readdirSync(target.dataDir).length > 0) {
        movedAside = `${target.dataDir}.before-restore-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
        fs.renameSync(target.dataDir, movedAside);
      }
      const db = new PGlite(target.dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
      await db.waitReady;
      await db.query("select 1");
      await db.close();
    } finally {
      release();
    }
    return movedAside;
  }
  const result = spawnSync(tool("psql"), ["--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", file, target.connectionString], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new DatabaseOpenError(`psql could not restore ${file}: ${result.stderr.trim()}`);
  return null;
}
