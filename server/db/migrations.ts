import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory as SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const projectRoot = process.cwd();
const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
const migrationsDir = path.join(projectRoot, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

let engineReady: Promise<void> | undefined;

/**
 * The package's entry imports its .wasm as an ES module, which Node 20 only allows
 * behind --experimental-wasm-modules. Instantiating the same bytes by hand lets
 * scripts, tests and the start command run without that flag.
 */
function loadEngine(): Promise<void> {
  engineReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": engineBindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    engineBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return engineReady;
}

async function createEngine(factory: SqlDriverAdapterFactory): Promise<SchemaEngine> {
  await loadEngine();
  const schema = fs.readFileSync(schemaPath, "utf8");
  return engineBindings.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export function readMigrations(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const directories = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies pending migrations; a database that is up to date is left untouched. */
export async function applyMigrations(factory: SqlDriverAdapterFactory): Promise<string[]> {
  const engine = await createEngine(factory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrations(), filters });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the migration history to the current schema; empty when they agree. */
export async function diffSchemaAgainstMigrations(factory: SqlDriverAdapterFactory): Promise<string> {
  const engine = await createEngine(factory);
  try {
    const migrations = readMigrations();
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length > 0 ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: fs.readFileSync(schemaPath, "utf8") }] },
      script: true,
      exitCode: null,
      filters,
    });
    return !stdout || stdout.includes("-- This is an empty migration.") ? "" : stdout;
  } finally {
    engine.free();
  }
}

export function writeMigration(name: string, sql: string, now: Date): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, 'provider = "postgresql"\n');
  return dir;
}
