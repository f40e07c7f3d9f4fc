// Round trip through `npm run db:backup` and `npm run db:restore`: PGlite in a temporary folder, or
// PostgreSQL (TEST_DATABASE_URL) restored into a fresh database. Counts every table's rows on both
// sides and checks that the restored review history schedules exactly as the original does.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";
import { postgresTarget, type DatabaseTarget } from "@/server/db/database-target";
import { gradeCard } from "@/server/reviews/grade-card";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { seedDeck } from "@/server/reviews/test-fixtures";
import { createTestUser } from "@/server/testing/test-users";

const pgUrl = process.env.TEST_DATABASE_URL;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-backup-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  fs.rmSync(tmp, { recursive: true, force: true });
});

function run(script: "db-backup" | "db-restore", env: Record<string, string>, arg: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", `scripts/${script}.ts`, arg], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status, `${script}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

async function rowCounts(db: OpenDatabase): Promise<Record<string, number>> {
  const tables = await db.rawQuery(`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`);
  const out: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.rawQuery(`select count(*)::int as n from "${String(table_name)}"`);
    out[String(table_name)] = Number(row!.n);
  }
  return out;
}

/** What the student's history means for scheduling: today's queue, and the outcome of one more answer. */
async function schedulingOf(prisma: Db, userId: string, cardId: string, version: number, now: Date) {
  const queue = await loadReviewQueue(prisma, userId, {}, now);
  const next = await gradeCard(prisma, userId, { reviewId: "00000000-0000-4000-8000-000000000001", cardId, rating: 3, baseVersion: version, durationMs: 1000 }, now);
  return { queue: queue.items.map((i) => [i.cardId, i.kind, i.version, i.availableAt]), counts: queue.counts, next };
}

async function open(target: DatabaseTarget) {
  const database = await openDatabase(target);
  return { database, prisma: createPrismaClient(database) };
}

async function seedHistory(prisma: Db, start: Date) {
  const user = await createTestUser(prisma, "student");
  const { cardIds: cards } = await seedDeck(prisma, { topics: 2, perTopic: 3 });
  const versions = new Map<string, number>();
  // Three days of answers to every card.
  for (let day = 0; day < 3; day++) {
    for (const [i, cardId] of cards.entries()) {
      const now = new Date(start.getTime() + day * 86_400_000 + i * 60_000);
      const v = versions.get(cardId) ?? 0;
      await gradeCard(prisma, user.id, { reviewId: randomUUID(), cardId, rating: (1 + ((i + day) % 4)) as 1 | 2 | 3 | 4, baseVersion: v, durationMs: 4000 }, now);
      versions.set(cardId, v + 1);
    }
  }
  return { userId: user.id, cardId: cards[0]!, version: versions.get(cards[0]!)! };
}

describe("db:backup and db:restore", () => {
  it("round-trip: identical row counts, and the restored history schedules the same", async () => {
    const start = new Date("2026-03-01T06:00:00Z");
    const later = new Date("2026-03-06T06:00:00Z");
    let source: DatabaseTarget;
    let restored: DatabaseTarget;
    let env: (t: DatabaseTarget) => Record<string, string>;
    if (pgUrl) {
      const schema = `backup_${Date.now().toString(36)}`;
      const dbName = `restore_${Date.now().toString(36)}`;
      const sourceUrl = `${pgUrl}?schema=${schema}`;
      source = postgresTarget(sourceUrl);
      const admin = await openDatabase(postgresTarget(pgUrl));
      await admin.rawQuery(`create database "${dbName}"`);
      const restoredUrl = new URL(pgUrl);
      restoredUrl.pathname = `/${dbName}`;
      const restoredWithSchema = `${restoredUrl.toString()}?schema=${schema}`;
      restored = postgresTarget(restoredWithSchema);
      cleanups.push(async () => {
        await admin.rawQuery(`drop schema if exists "${schema}" cascade`);
        await admin.rawQuery(`drop database if exists "${dbName}" with (force)`);
        await admin.close();
      });
      env = (t) => ({ DATABASE_URL: t === source ? sourceUrl : restoredWithSchema });
    } else {
      source = { kind: "pglite", dataDir: path.join(tmp, "source") };
      restored = { kind: "pglite", dataDir: path.join(tmp, "restored") };
      env = (t) => ({ DATABASE_URL: "", DOSSIER_DATA_DIR: (t as { dataDir: string }).dataDir });
    }

    const a = await open(source);
    await applyMigrations(a.database.factory);
    const history = await seedHistory(a.prisma, start);
    const countsBefore = await rowCounts(a.database);
    await a.prisma.$disconnect();
    await a.database.close();

    const file = path.join(tmp, pgUrl ? "backup.sql" : "backup.tar.gz");
    expect(run("db-backup", env(source), file)).toMatch(/backup: .* written to/);
    expect(run("db-restore", env(restored), file)).toMatch(/restore: .* loaded into/);

    const b = await open(restored);
    const c = await open(source);
    try {
      expect(await rowCounts(b.database)).toEqual(countsBefore);
      expect(countsBefore.ReviewLog).toBe(18);
      expect(await schedulingOf(b.prisma, history.userId, history.cardId, history.version, later)).toEqual(
        await schedulingOf(c.prisma, history.userId, history.cardId, history.version, later),
      );
    } finally {
      for (const x of [b, c]) {
        await x.prisma.$disconnect();
        await x.database.close();
      }
    }
  }, 240_000);

  it("restore names a missing file in one line", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/db-restore.ts", path.join(tmp, "nope.tar.gz")], {
      env: { ...process.env, DATABASE_URL: "", DOSSIER_DATA_DIR: path.join(tmp, "never") },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^error: There is no backup file .*nope\.tar\.gz\.$/);
  }, 60_000);
});
