// `npm run bench:http`: the review path measured as a student reaches it, over loopback HTTP through
// `next start`. Builds (into .next-bench) when sources changed, starts the production server on
// PostgreSQL in a fresh schema and a second one on PGlite, signs students up through the sign-up
// route the form calls, then drives bounded load (every loop is capped in count and in time) at 1, 16 and 64 clients:
// grading, loading the queue, opening the dashboard. The same grade is also run in plain SQL, and two
// `next start` instances share one PostgreSQL. Prints figures; asserts nothing.
//
// BENCH_DATABASE_URL  PostgreSQL server (default postgres://postgres@127.0.0.1:5432/dossier_bench,
//                     created when missing); the schema bench_http_<x> is dropped at the end.
// BENCH_SECONDS       cap on each measured loop (default 15)
// BENCH_STUDENTS      students signed up on PostgreSQL (default 64)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { createScheduler, parseStudySettings, scheduleReview, type Grade } from "@/lib/srs";
import { scheduleFromRow } from "@/server/reviews/card-state-mapper";
import { ensureBuild, startAppServer, type AppServer } from "./lib/app-server";
import { loadQueue, newGrade, sendGrade, signUpStudent, type CardRef, type HttpStudent } from "./lib/http-student";
import { RAW_GRADE_SQL } from "./lib/raw-grade-sql";

const DIST = ".next-bench";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 64);
const PG_STUDENTS_ON_PGLITE = 16;
const baseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/dossier_bench";
const schema = `bench_http_${Date.now().toString(36)}`;
// The bench's own servers only: TRUSTED_PROXIES=1 treats the bench as a proxy in front of the
// server, so each simulated student signs up from its own X-Forwarded-For address and no address
// meets the per-IP sign-up limit. Production defaults are untouched (TRUSTED_PROXIES is 0 there).
const benchServerEnv = { TRUSTED_PROXIES: "1", REVIEW_FUZZ: "off" };

// ---------- figures ----------
function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}
interface Result {
  label: string;
  clients: number;
  done: number;
  errors: number;
  /** Why requests failed: an HTTP status or an error's code, with counts. */
  reasons: Map<string, number>;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}
const results: Result[] = [];
function report(r: Result) {
  results.push(r);
  const why = [...r.reasons].map(([reason, n]) => `${reason} ×${n}`).join(", ");
  const err = r.errors ? `, ${r.errors} errors (${why})` : "";
  console.log(
    `${r.label.padEnd(34)} ${String(r.clients).padStart(3)} clients ${String(r.done).padStart(6)} done ${r.perSecond.toFixed(0).padStart(6)}/s` +
      `  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms${err}`,
  );
}

/**
 * Runs `clients` loops, each calling op(client, i) until maxOps in all or SECONDS pass. op returns
 * true for success, or false or the reason (such as the HTTP status) for a failed request, which is
 * counted by reason, not timed.
 */
async function drive(label: string, clients: number, maxOps: number, op: (client: number, i: number) => Promise<boolean | string>): Promise<Result> {
  const times: number[] = [];
  let errors = 0;
  const reasons = new Map<string, number>();
  let issued = 0;
  const stopAt = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; issued < maxOps && performance.now() < stopAt; i++) {
        issued++;
        const t0 = performance.now();
        let outcome: boolean | string;
        try {
          outcome = await op(c, i);
        } catch (error) {
          outcome = (error as { code?: string }).code ?? (error instanceof Error ? error.message.slice(0, 40) : "error");
        }
        if (outcome === true) {
          times.push(performance.now() - t0);
        } else {
          errors++;
          const reason = outcome === false ? "refused" : outcome;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  const r = { label, clients, done: times.length, errors, reasons, perSecond: times.length / seconds, p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) };
  report(r);
  return r;
}

// ---------- database ----------
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

interface DbCounters {
  xacts: number;
  fetched: number;
  returned: number;
  seqScans: number;
  seqTuples: number;
  flashcardSeqScans: number;
}
async function counters(pool: pg.Pool): Promise<DbCounters> {
  // Backends report their statistics when idle, up to PGSTAT_IDLE_INTERVAL (10 s) later, or when
  // they close; the pools' idle connections close after 10 s, so wait that out first.
  await new Promise((r) => setTimeout(r, 11_500));
  const client = await pool.connect();
  try {
    await client.query("select pg_stat_clear_snapshot()");
    const [db] = (await client.query("select xact_commit + xact_rollback as x, tup_fetched as f, tup_returned as r from pg_stat_database where datname = current_database()")).rows;
    const tables = (await client.query(`select relname, seq_scan, seq_tup_read from pg_stat_user_tables where schemaname = $1`, [schema])).rows as {
      relname: string;
      seq_scan: string;
      seq_tup_read: string;
    }[];
    return {
      xacts: Number(db.x),
      fetched: Number(db.f),
      returned: Number(db.r),
      seqScans: tables.reduce((s, t) => s + Number(t.seq_scan), 0),
      seqTuples: tables.reduce((s, t) => s + Number(t.seq_tup_read), 0),
      flashcardSeqScans: Number(tables.find((t) => t.relname === "Flashcard")?.seq_scan ?? 0),
    };
  } finally {
    client.release();
  }
}
function perGrade(label: string, before: DbCounters, after: DbCounters, grades: number) {
  const f = (k: keyof DbCounters) => ((after[k] - before[k]) / Math.max(1, grades)).toFixed(1);
  console.log(
    `  ${label}: per grade ${f("xacts")} transactions, ${f("fetched")} tuples fetched, ${f("returned")} tuples returned, ` +
      `${f("seqScans")} sequential scans (${f("flashcardSeqScans")} of Flashcard, ${f("seqTuples")} rows read by them)`,
  );
}

// ---------- the same grade in plain SQL ----------
async function rawGrade(pool: pg.Pool, tokenHash: string, card: CardRef, rating: Grade): Promise<boolean> {
  const session = (await pool.query(`SELECT u.id, u.role FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = $1 AND s."expiresAt" > now()`, [tokenHash])).rows[0];
  if (!session || session.role !== "student") return false;
  const userId = String(session.id);
  const row = (
    await pool.query(
      `SELECT f."retiredAt", cs.*, ss."desiredRetention", ss."learningSteps" AS "settingsLearningSteps", ss."relearningSteps"
       FROM "Flashcard" f LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = $1
       LEFT JOIN "StudySettings" ss ON ss."userId" = $1 WHERE f.id = $2`,
      [userId, card.cardId],
    )
  ).rows[0];
  if (!row || row.version !== card.version) return false;
  const current = scheduleFromRow(row);
  const scheduler = createScheduler(
    parseStudySettings({ desiredRetention: row.desiredRetention, learningSteps: row.settingsLearningSteps, relearningSteps: row.relearningSteps }),
    { fuzz: false },
  );
  const now = new Date();
  const { next, log } = scheduleReview(current, rating, now, scheduler);
  const written = await pool.query(
    RAW_GRADE_SQL,
    [userId, card.cardId, card.version, next.state, next.due, next.stability, next.difficulty, next.elapsedDays, next.scheduledDays,
     next.learningSteps, next.reps, next.lapses, now, randomUUID(), rating, log.state, log.due, log.stability, log.difficulty,
     log.elapsedDays, log.scheduledDays, JSON.stringify({ schedule: current, next })],
  );
  if (written.rowCount !== 1) return false;
  card.version += 1;
  return true;
}

// ---------- students and their cards ----------
interface Client {
  student: HttpStudent;
  cards: CardRef[];
}

async function signUpMany(url: string, count: number, prefix: string): Promise<HttpStudent[]> {
  const students: HttpStudent[] = [];
  const t0 = performance.now();
  // Two at a time: each sign-up hashes a password with scrypt (128 MiB, about 0.3 s of one core).
  for (let i = 0; i < count; i += 2) {
    const batch = [i, i + 1].filter((n) => n < count);
    students.push(...(await Promise.all(batch.map((n) => signUpStudent(url, `${prefix}-${n}@bench.example`, `10.${prefix.length}.${n >> 8}.${n & 255}`)))));
  }
  console.log(`signed up ${count} students through the sign-up route in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return students;
}

/**
 * Each student's cards as their first queue listed them; versions are kept up to date by every grade
 * (over HTTP or in plain SQL), so later phases never depend on what today's queue still holds.
 */
async function cardsOf(url: string, students: HttpStudent[]): Promise<CardRef[][]> {
  return Promise.all(students.map((s) => loadQueue(url, s)));
}

/**
 * Gives each of `clients` loops a student and its own cards: clients beyond the number of students
 * share a student but never a card, so no grade meets a version conflict.
 */
function assignCards(students: HttpStudent[], cards: CardRef[][], clients: number): Client[] {
  const share = Math.ceil(clients / students.length);
  return Array.from({ length: clients }, (_, c) => {
    const s = c % students.length;
    const slot = Math.floor(c / students.length);
    const mine = cards[s]!.filter((_, i) => i % share === slot);
    if (mine.length === 0) throw new Error(`student ${s} has too few cards for ${clients} clients`);
    return { student: students[s]!, cards: mine };
  });
}

const RATINGS: Grade[] = [3, 3, 4, 2, 3, 1];
function gradeOp(urls: string[], clients: Client[]) {
  return async (c: number, i: number) => {
    const client = clients[c]!;
    const card = client.cards[i % client.cards.length]!;
    const res = await sendGrade(urls[(c + i) % urls.length]!, client.student, newGrade(card, RATINGS[i % RATINGS.length]!));
    if (res.status !== 200) return `HTTP ${res.status}`;
    card.version = res.version!;
    return true;
  };
}

async function gradePhases(name: string, urls: string[], students: HttpStudent[], cards: CardRef[][], levels: number[], caps: Record<number, number>) {
  const out: Record<number, Result> = {};
  for (const clients of levels) {
    const assigned = assignCards(students, cards, clients);
    out[clients] = await drive(`${name}: grade (POST /api/reviews)`, clients, caps[clients]!, gradeOp(urls, assigned));
  }
  return out;
}

// ---------- run ----------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-bench-http-"));
const servers: AppServer[] = [];
await ensureDatabase(baseUrl);
const pool = new pg.Pool({ connectionString: baseUrl, max: 10, options: `-c search_path="${schema}"` });
const dbUrl = `${baseUrl}${baseUrl.includes("?") ? "&" : "?"}schema=${schema}`;
console.log(`bench:http on ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)}); PostgreSQL ${new URL(baseUrl).host}${new URL(baseUrl).pathname} schema ${schema}; loops capped at ${SECONDS} s`);
const caps: Record<number, number> = { 1: 1_500, 16: 6_000, 64: 8_000 };

try {
  ensureBuild(DIST);
  const a = await startAppServer({ port: 3250, distDir: DIST, env: { ...benchServerEnv, DATABASE_URL: dbUrl } });
  servers.push(a);
  const students = await signUpMany(a.url, STUDENTS, "pg");

  // Every card once first, so the measured grades are all updates and the server is warm.
  const cards = await cardsOf(a.url, students);
  const warm = assignCards(students, cards, students.length);
  await Promise.all(warm.map(async (w) => { for (const card of w.cards) await gradeOp([a.url], [w])(0, w.cards.indexOf(card)); }));

  console.log("\nPostgreSQL, one `next start`");
  const c0 = await counters(pool);
  const http = await gradePhases("PostgreSQL", [a.url], students, cards, [1, 16, 64], caps);
  const c1 = await counters(pool);
  perGrade("HTTP grades (1, 16 and 64 clients)", c0, c1, http[1]!.done + http[16]!.done + http[64]!.done + http[1]!.errors + http[16]!.errors + http[64]!.errors);

  const raw: Record<number, Result> = {};
  for (const clients of [1, 16, 64]) {
    const assigned = assignCards(students, cards, clients);
    const hashes = assigned.map((x) => createHash("sha256").update(decodeURIComponent(x.student.cookie.split("=")[1]!)).digest("hex"));
    raw[clients] = await drive("PostgreSQL: same grade in plain SQL", clients, caps[clients]!, (c, i) =>
      rawGrade(pool, hashes[c]!, assigned[c]!.cards[i % assigned[c]!.cards.length]!, RATINGS[i % RATINGS.length]!),
    );
  }
  const c2 = await counters(pool);
  perGrade("plain SQL grades", c1, c2, raw[1]!.done + raw[16]!.done + raw[64]!.done);

  for (const clients of [1, 16]) {
    await drive("PostgreSQL: GET /api/reviews/queue", clients, clients * 150, async (c) => {
      const res = await fetch(`${a.url}/api/reviews/queue`, { headers: { cookie: students[c % students.length]!.cookie } });
      await res.arrayBuffer();
      return res.ok || `HTTP ${res.status}`;
    });
  }
  for (const clients of [1, 16]) {
    await drive("PostgreSQL: GET /dashboard", clients, clients * 60, async (c) => {
      const res = await fetch(`${a.url}/dashboard`, { headers: { cookie: students[c % students.length]!.cookie } });
      await res.arrayBuffer();
      return res.ok || `HTTP ${res.status}`;
    });
  }

  console.log("\nPostgreSQL, two `next start` instances, each client alternating between them");
  const b = await startAppServer({ port: 3251, distDir: DIST, env: { ...benchServerEnv, DATABASE_URL: dbUrl } });
  servers.push(b);
  const two = await gradePhases("2 instances", [a.url, b.url], students, cards, [16, 64], caps);
  await b.stop();
  await a.stop();
  servers.length = 0;

  console.log("\nPGlite (embedded), one `next start`");
  const p = await startAppServer({ port: 3252, distDir: DIST, env: { ...benchServerEnv, DOSSIER_DATA_DIR: path.join(tmp, "pglite") } });
  servers.push(p);
  const pgliteStudents = await signUpMany(p.url, PG_STUDENTS_ON_PGLITE, "pgl");
  const pgliteCards = await cardsOf(p.url, pgliteStudents);
  const pglite = await gradePhases("PGlite", [p.url], pgliteStudents, pgliteCards, [1, 16, 64], caps);

  console.log(`\nload average now ${os.loadavg()[0]!.toFixed(1)} (figures from a busy machine are low and noisy)`);
  console.log("\nsummary (grades/s; ratio = HTTP / plain SQL on the same PostgreSQL)");
  console.log("clients | HTTP PG | plain SQL | ratio | p95 ms | p99 ms | 2 instances | PGlite");
  for (const n of [1, 16, 64]) {
    const h = http[n]!;
    console.log(
      `${String(n).padStart(7)} | ${h.perSecond.toFixed(0).padStart(7)} | ${raw[n]!.perSecond.toFixed(0).padStart(9)} | ${(h.perSecond / raw[n]!.perSecond).toFixed(2).padStart(5)} | ` +
        `${h.p95.toFixed(1).padStart(6)} | ${h.p99.toFixed(1).padStart(6)} | ${(two[n]?.perSecond.toFixed(0) ?? "–").padStart(11)} | ${pglite[n]!.perSecond.toFixed(0)}`,
    );
  }
} finally {
  for (const s of servers) await s.stop().catch(() => {});
  await pool.query(`drop schema if exists "${schema}" cascade`).catch((e: unknown) => console.error(`could not drop schema ${schema}:`, e));
  await pool.end();
  fs.rmSync(tmp, { recursive: true, force: true });
}
