// `npm run bench:import`: times previewing and importing a 20,000-row CSV (the limit) for one student,
// then importing it again (every row already there), on in-memory PGlite, or on PostgreSQL when
// DATABASE_URL is set (its schema is dropped at the end). Reports timings; asserts nothing.
import { applyMigrations } from "@/server/db/migrations";
import { openDatabase } from "@/server/db/open-database";
import { postgresTarget, type DatabaseTarget } from "@/server/db/database-target";
import { createPrismaClient } from "@/server/db";
import { IMPORT_MAX_CARDS } from "@/lib/exchange/limits";
import { importCards, previewImport } from "@/server/exchange/import-cards";

const ROWS = IMPORT_MAX_CARDS;

function csv(): string {
  const lines = ["front\tback\ttags"];
  for (let i = 1; i <= ROWS; i++) lines.push(`Bench prompt number ${i} about an invented subject?\tInvented reply ${i}, with a second clause to make it longer.\tbench set-${i % 40}`);
  return lines.join("\n");
}

async function timed<T>(label: string, body: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await body();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

const url = process.env.DATABASE_URL;
const target: DatabaseTarget = url ? postgresTarget(url) : { kind: "pglite", dataDir: "memory://" };
const database = await openDatabase(target);
try {
  if (target.kind === "postgres") {
    await database.rawQuery(`drop schema if exists "${target.schema}" cascade`);
    await database.rawQuery(`create schema "${target.schema}"`);
  }
  await applyMigrations(database.factory);
  const prisma = createPrismaClient(database);
  await prisma.user.create({ data: { id: "bench-importer", email: "bench-importer@example.test", name: "Bench", passwordHash: "x", settings: { create: {} } } });
  const file = { fileName: "bench.csv", contentBase64: Buffer.from(csv()).toString("base64") };
  console.log(`${target.kind === "postgres" ? "PostgreSQL" : "PGlite (in memory)"}: ${ROWS.toLocaleString("en-IN")} rows, ${(file.contentBase64.length * 0.75 / 1024 / 1024).toFixed(1)} MB`);
  const plan = await timed("preview", () => previewImport(prisma, "bench-importer", file, new Date()));
  console.log("  summary", plan.summary);
  const result = await timed("import", () => importCards(prisma, "bench-importer", file, new Date()));
  console.log("  result", result);
  const again = await timed("import again (all existing)", () => importCards(prisma, "bench-importer", file, new Date()));
  console.log("  result", again);
  await prisma.$disconnect();
} finally {
  if (target.kind === "postgres") await database.rawQuery(`drop schema if exists "${target.schema}" cascade`);
  await database.close();
}
