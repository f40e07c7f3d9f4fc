import fs from "node:fs";
import path from "node:path";
import type { OpenDatabase } from "@/server/db/open-database";
import { applyMigrations } from "@/server/db/migrations";
import { createPrismaClient } from "@/server/db";
import { seedDemoAccounts } from "@/server/demo-accounts";
import type { ServerEnv } from "@/server/env";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { describeSync } from "./describe-sync";

/** Everything `npm start` does to the database before serving: migrate, load content, seed. */
export async function prepareDatabase(database: OpenDatabase, env: ServerEnv): Promise<void> {
  const applied = await applyMigrations(database.factory);
  console.log(applied.length ? `migrations: applied ${applied.join(", ")}` : "migrations: up to date");
  const prisma = createPrismaClient(database);
  try {
    console.log(describeSync(await syncContent(prisma, loadCheckedContent(), new Date())));
    const seed = env.SEED_DEMO === "true" || (env.SEED_DEMO === "auto" && database.target.kind === "pglite");
    if (seed) await announceDemoAccounts(await seedDemoAccounts(prisma), env);
  } finally {
    await prisma.$disconnect();
  }
}

async function announceDemoAccounts(created: { email: string; password: string; role: string }[], env: ServerEnv) {
  if (created.length === 0) return;
  const lines = created.map((a) => `  ${a.role.padEnd(8)} ${a.email}   password: ${a.password}`);
  const file = path.join(path.dirname(path.resolve(env.DOSSIER_DATA_DIR)), "demo-accounts.txt");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`\nDemo accounts created (shown once; also saved to ${path.relative(process.cwd(), file)}):\n${lines.join("\n")}\n`);
}
