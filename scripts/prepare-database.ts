import fs from "node:fs";
import path from "node:path";
import type { OpenDatabase } from "@/server/db/open-database";
import { applyMigrations } from "@/server/db/migrations";
import { createPrismaClient } from "@/server/db";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/server/demo-accounts";
import { seedDemoData } from "@/server/demo-data";
import type { ServerEnv } from "@/server/env";
import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { describeSync } from "./describe-sync";
import { purgeStaleAuthRecords } from "@/server/auth/housekeeping";

/** Everything `npm start` does to the database before serving: migrate, load content, seed. */
export async function prepareDatabase(database: OpenDatabase, env: ServerEnv): Promise<void> {
  const applied = await applyMigrations(database.factory);
  console.log(applied.length ? `migrations: applied ${applied.join(", ")}` : "migrations: up to date");
  const prisma = createPrismaClient(database);
  try {
    console.log(describeSync(await syncContent(prisma, loadCheckedContent(), new Date())));
    if (shouldSeedDemo(env, database.target.kind)) {
      await announceDemoAccounts(await seedDemoAccounts(prisma), env);
      const started = Date.now();
      const seeded = await seedDemoData(prisma, { student: DEMO_ACCOUNTS[0].email, teacher: DEMO_ACCOUNTS[1].email }, new Date());
      if (seeded) console.log(`demo data: ${seeded.reviews} reviews for a class of ${seeded.students} in ${Date.now() - started} ms`);
    }
    const purged = await purgeStaleAuthRecords(prisma, new Date());
    console.log(`housekeeping: removed ${purged.sessions} ended sessions and ${purged.hits} old rate-limit hits`);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Demo accounts (known emails, passwords printed to the console) only where nobody else can reach
 * them: never in production unless SEED_DEMO=true says so; by default only over the embedded database.
 */
export function shouldSeedDemo(env: Pick<ServerEnv, "SEED_DEMO" | "NODE_ENV">, target: "pglite" | "postgres"): boolean {
  if (env.SEED_DEMO !== "auto") return env.SEED_DEMO === "true";
  return env.NODE_ENV !== "production" && target === "pglite";
}

async function announceDemoAccounts(created: { email: string; password: string; role: string }[], env: ServerEnv) {
  if (created.length === 0) return;
  const lines = created.map((a) => `  ${a.role.padEnd(8)} ${a.email}   password: ${a.password}`);
  const file = path.join(path.dirname(path.resolve(env.DOSSIER_DATA_DIR)), "demo-accounts.txt");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  console.log(`\nDemo accounts created (shown once; also saved to ${path.relative(process.cwd(), file)}):\n${lines.join("\n")}\n`);
}
