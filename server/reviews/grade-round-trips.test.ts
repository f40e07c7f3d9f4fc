// What one grade costs the database over the real route (POST /api/reviews), on PostgreSQL with
// tables big enough that the planner would never choose a sequential scan for a key lookup: the
// statements sent (each is one round trip and its own transaction), the plan of each exact statement,
// and the seq_scan counters of the tables a grade touches. PostgreSQL only: PGlite has no
// connection to count on, and its planner statistics are not the production server's.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { POST as grade } from "@/app/api/reviews/route";
import { createPrismaClient, installTestDatabase, type Db } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { apiRequest, createTestUser } from "@/server/testing/test-users";

const url = process.env.TEST_DATABASE_URL;
const TABLES = ["Session", "User", "Flashcard", "Topic", "CardState", "StudySettings", "ReviewLog"] as const;
const GRADED_CARDS = 20;

type Sent = { text: string; values: unknown[] };

describe.skipIf(!url)("one grade over the route, on PostgreSQL", () => {
  if (!url) console.warn("grade-round-trips: set TEST_DATABASE_URL to count a grade's statements and scans on PostgreSQL");
  const schema = `test_trips_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  // One connection: every statement of the app goes through it, in order, and its statistics are
  // flushed before a statement's answer arrives once pg_stat_force_next_flush() asked for it.
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path="${schema}"` });
  const sent: Sent[] = [];
  let counting = false;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (counting) {
        const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
        const text = typeof first === "string" ? first : first.text;
        const values = (typeof first === "string" ? second : (first.values ?? second)) as unknown[] | undefined;
        sent.push({ text, values: Array.isArray(values) ? values : [] });
      }
      return query(...args);
    };
  });
  const sql = async <R = Record<string, unknown>>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as R[];
  let prisma: Db;

  beforeAll(async () => {
    await pool.query(`create schema "${schema}"`);
    const factory = new PrismaPg(pool, { schema });
    await applyMigrations(factory);
    const database = {
      target: { kind: "postgres" as const, connectionString: url!, schema },
      factory,
      rawQuery: sql,
      // As the app's own pool runs them (server/db/open-database.ts), through the counted connection.
      preparedQuery: async (name: string, text: string, values: readonly unknown[]) => (await pool.query({ name, text, values: [...values] })).rows,
      close: async () => {},
    };
    prisma = createPrismaClient(database);
    installTestDatabase(prisma, database);
    // A class of 3,000 students, 600 topics of 20 cards, 40 answered cards each: sizes at which a key
    // lookup by sequential scan would be a planner mistake, not a fair choice on a tiny table.
    await sql(`insert into "User" (id, email, name, "passwordHash") select 'u' || i, 'u' || i || '@load.example', 'Student ' || i, 'x' from generate_series(1, 3000) i`);
    await sql(`insert into "StudySettings" ("userId", "updatedAt") select id, now() from "User"`);
    await sql(`insert into "Session" (id, "tokenHash", "userId", "expiresAt") select 's' || i || '-' || k, md5(i || '-' || k), 'u' || i, now() + interval '5 days' from generate_series(1, 3000) i, generate_series(1, 2) k`);
    await sql(`insert into "Topic" (id, title, summary, "whyItMatters", "asOf", "order", "contentHash") select 'load-t' || i, 'Topic ' || i, 's', 'w', '2026-01-01', i, 'h' from generate_series(1, 600) i`);
    await sql(`insert into "Flashcard" (id, "topicId", "factIds", kind, front, back, "order", "contentHash") select 'load-t' || t || '-c' || c, 'load-t' || t, '{}', 'basic', 'Front ' || c, 'Back ' || c, c, 'h' from generate_series(1, 600) t, generate_series(1, 20) c`);
    await sql(`insert into "CardState" ("userId", "cardId", due, version, "updatedAt") select 'u' || u, 'load-t' || (1 + (u * 7 + k) % 600) || '-c' || (1 + k % 20), now(), 1, now() from generate_series(1, 3000) u, generate_series(1, 40) k on conflict do nothing`);
    for (const table of TABLES) await sql(`analyze "${table}"`);
  }, 300_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await pool.query(`drop schema if exists "${schema}" cascade`).catch(() => {});
    await pool.end();
  });

  async function scanCounters(): Promise<Record<string, { seq: number; idx: number }>> {
    await sql(`select pg_stat_force_next_flush()`);
    const rows = await sql<{ relname: string; seq: number; idx: number }>(
      `select relname, seq_scan::int as seq, coalesce(idx_scan, 0)::int as idx from pg_stat_user_tables where schemaname = $1`,
      [schema],
    );
    return Object.fromEntries(rows.map((r) => [r.relname, { seq: r.seq, idx: r.idx }]));
  }

  it("is two statements (the read, then the compare-and-set write) with no sequential scan, first answers and later ones", async () => {
    const student = await createTestUser(prisma);
    const cards = Array.from({ length: GRADED_CARDS }, (_, i) => `load-t${300 + i}-c${1 + (i % 20)}`);
    const before = await scanCounters();
    const perGrade: Sent[][] = [];
    // A first answer (the CardState insert) and then a second one (the version compare-and-set) on each card.
    for (const baseVersion of [0, 1]) {
      for (const cardId of cards) {
        sent.length = 0;
        counting = true;
        const res = await grade(apiRequest("/api/reviews", { cookie: student.cookie, body: { reviewId: randomUUID(), cardId, rating: 3, baseVersion, durationMs: 2000 } }));
        counting = false;
        expect(res.status, await res.clone().text()).toBe(200);
        perGrade.push([...sent]);
      }
    }
    const after = await scanCounters();

    const counts = perGrade.map((statements) => statements.length);
    console.log(`grade: ${counts.reduce((a, b) => a + b, 0) / counts.length} statements per grade over ${counts.length} grades`);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    // No transaction around them: each statement is one round trip and commits by itself.
    expect(perGrade.flat().filter((s) => /^\s*(begin|commit|rollback)\b/i.test(s.text))).toEqual([]);

    const deltas = Object.fromEntries(TABLES.map((t) => [t, { seq: after[t]!.seq - before[t]!.seq, idx: after[t]!.idx - before[t]!.idx }])) as Record<
      (typeof TABLES)[number],
      { seq: number; idx: number }
    >;
    console.log(`grade: scans over ${counts.length} grades ${JSON.stringify(deltas)}`);
    // The counters did move (the flush worked): every grade found its session and its card by index.
    expect(deltas.Session.idx).toBeGreaterThanOrEqual(counts.length);
    expect(deltas.Flashcard.idx).toBeGreaterThanOrEqual(counts.length);
    for (const table of TABLES) expect(deltas[table].seq, `sequential scans of ${table}`).toBe(0);

    // And the plans of the exact statements sent, with their own parameters, say the same.
    const distinct = new Map(perGrade.flat().map((s) => [s.text, s]));
    for (const { text, values } of distinct.values()) {
      const [explained] = await sql<{ "QUERY PLAN": unknown }>(`explain (format json) ${text}`, values);
      const seqScanned = seqScannedTables(explained!["QUERY PLAN"]).filter((t) => (TABLES as readonly string[]).includes(t));
      expect(seqScanned, `plan of:\n${text}`).toEqual([]);
    }
  }, 120_000);
});

type PlanNode = { "Node Type"?: string; "Relation Name"?: string; Plan?: PlanNode; Plans?: PlanNode[] };

/** The tables an EXPLAIN (FORMAT JSON) plan reads by sequential scan, subplans included. */
function seqScannedTables(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (node: PlanNode) => {
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) out.push(node["Relation Name"]);
    if (node.Plan) walk(node.Plan);
    for (const child of node.Plans ?? []) walk(child);
  };
  for (const root of plan as PlanNode[]) walk(root);
  return out;
}
