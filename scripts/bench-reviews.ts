// `npm run bench:reviews`: a student with 20,000 cards and 200,000 review logs. Times today's queue,
// and grades through the real route handler (POST from app/api/reviews/route.ts, called with Requests)
// at 1 and 16 concurrent clients, next to the same work done in plain SQL. Reports; asserts nothing.
// Embedded PGlite in memory by default; DATABASE_URL=postgres://…?schema=bench_reviews for PostgreSQL
// (that schema is dropped at the end).
import { createHash, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { createScheduler, parseStudySettings, scheduleReview, type Grade } from "@/lib/srs";
import type { OpenDatabase } from "@/server/db/open-database";
import { RAW_GRADE_SQL } from "./lib/raw-grade-sql";

// The route handler imports next/navigation, which cannot load under the react-server condition the
// other scripts use; so this one runs without it and stands in for the server-only marker instead.
const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeModule;

const { POST } = await import("@/app/api/reviews/route");
const { GET } = await import("@/app/api/reviews/queue/route");
const { createPrismaClient, installTestDatabase } = await import("@/server/db");
const { applyMigrations } = await import("@/server/db/migrations");
const { openDatabase } = await import("@/server/db/open-database");
const { describeTarget, postgresTarget } = await import("@/server/db/database-target");
const { getStudySettings } = await import("@/server/queries/review-settings");
const { scheduleFromRow } = await import("@/server/reviews/card-state-mapper");
const { loadReviewQueue } = await import("@/server/reviews/load-queue");
const { apiRequest, createTestUser } = await import("@/server/testing/test-users");

const CARDS = 20_000;
const STARTED = 18_500; // the rest are new
const LOGS = 200_000;
const GRADES_PER_RUN = Number(process.env.GRADES ?? 400);
const CONCURRENCY = 16;

const url = process.env.DATABASE_URL;
const target = url ? postgresTarget(url) : { kind: "pglite" as const, dataDir: "memory://" };
const database = await openDatabase(target);
console.log(`database: ${describeTarget(target)}`);

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms`;
};

async function seed(db: OpenDatabase, userId: string) {
  const q = (sql: string, params: unknown[] = []) => db.rawQuery(sql, params);
  await q(`INSERT INTO "Topic" (id, title, summary, "whyItMatters", "syllabusTags", "relatedTopics", "asOf", "order", "contentHash")
           SELECT 'bench-t' || g, 'Bench topic ' || g, 'made up', 'made up', '{}', '{}', '2026-01-01', g, 'bench' FROM generate_series(1, 40) g`);
  await q(`INSERT INTO "Fact" (id, "topicId", statement, sources, "order", "contentHash")
           SELECT 'bench-f' || g, 'bench-t' || g, 'made up', '[]', 1, 'bench' FROM generate_series(1, 40) g`);
  await q(`INSERT INTO "Flashcard" (id, "topicId", "factIds", kind, front, back, "order", "contentHash")
           SELECT 'bench-c' || g, 'bench-t' || (1 + g % 40), ARRAY['bench-f' || (1 + g % 40)], 'basic', 'Front ' || g, 'Back ' || g, g, 'bench'
           FROM generate_series(1, ${CARDS}) g`);
  // Reviewed 1-30 days ago with intervals of 1-65 days: about a third are due today, as after a break;
  // a few dozen cards are in a learning step.
  await q(`INSERT INTO "CardState" ("userId", "cardId", state, due, stability, difficulty, "elapsedDays", "scheduledDays", reps, lapses, "lastReview", "updatedAt")
           SELECT $1, 'bench-c' || g,
                  (CASE WHEN g % 701 = 0 THEN 'learning' WHEN g % 1009 = 0 THEN 'relearning' ELSE 'review' END)::"CardStage",
                  CASE WHEN g % 701 = 0 OR g % 1009 = 0 THEN now() + (g % 20) * interval '1 minute'
                       ELSE now() - (1 + g % 30) * interval '1 day' + (1 + g % 65) * interval '1 day' END,
                  1 + g % 90, 1 + g % 9, 1 + g % 30, 1 + g % 65, 5 + g % 10, g % 3,
                  now() - (1 + g % 30) * interval '1 day', now()
           FROM generate_series(1, ${STARTED}) g`, [userId]);
  // Ten or eleven logs per started card over the past year; 50 today (5 of them new cards).
  await q(`INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "scheduledDays",
                                    "durationMs", "reviewedAt", "baseVersion", previous)
           SELECT gen_random_uuid(), $1, 'bench-c' || (1 + i % ${STARTED}), 1 + i % 4,
                  (CASE WHEN i <= 5 THEN 'new' ELSE 'review' END)::"CardStage",
                  t, 5, 5, 3, 4, 5000, t, i / ${STARTED}, '{}'
           FROM (SELECT i, CASE WHEN i <= 50 THEN now() - i * interval '1 minute'
                                ELSE now() - (1 + i % 365) * interval '1 day' END AS t
                 FROM generate_series(1, ${LOGS}) i) s`, [userId]);
  await q(`UPDATE "CardState" cs SET version = l.n FROM (SELECT "cardId", max("baseVersion") + 1 AS n FROM "ReviewLog" WHERE "userId" = $1 GROUP BY 1) l
           WHERE cs."userId" = $1 AND cs."cardId" = l."cardId"`, [userId]);
  await q("ANALYZE");
}

/** The grade in plain SQL: the same reads, the same lib/srs computation, the same one-statement write. */
async function rawGrade(db: OpenDatabase, tokenHash: string, cardId: string, rating: Grade) {
  const [session] = await db.rawQuery(
    `SELECT u.id, u.role FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = $1 AND s."expiresAt" > now()`, [tokenHash]);
  const userId = String(session?.id);
  const [row] = await db.rawQuery(
    `SELECT f."retiredAt", cs.*, ss."desiredRetention", ss."learningSteps" AS "settingsLearningSteps", ss."relearningSteps"
     FROM "Flashcard" f LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = $1
     LEFT JOIN "StudySettings" ss ON ss."userId" = $1 WHERE f.id = $2`, [userId, cardId]);
  if (!row) throw new Error("raw grade: no such card");
  const current = scheduleFromRow(row as unknown as Parameters<typeof scheduleFromRow>[0]);
  const scheduler = createScheduler(
    parseStudySettings({ desiredRetention: row.desiredRetention, learningSteps: row.settingsLearningSteps, relearningSteps: row.relearningSteps }),
    { fuzz: true },
  );
  const now = new Date();
  const { next, log } = scheduleReview(current, rating, now, scheduler);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const written = await db.rawQuery(
    RAW_GRADE_SQL,
    [userId, cardId, row.version, next.state, iso(next.due), next.stability, next.difficulty, next.elapsedDays, next.scheduledDays,
     next.learningSteps, next.reps, next.lapses, iso(now), randomUUID(), rating, log.state, iso(log.due), log.stability, log.difficulty,
     log.elapsedDays, log.scheduledDays, JSON.stringify({ schedule: current, next })],
  );
  if (written.length !== 1) throw new Error(`raw grade of ${cardId} was not applied`);
}

/** `grade` may return the time its server part took; otherwise the whole call is timed. */
async function run(label: string, clients: number, cards: string[], grade: (cardId: string, i: number) => Promise<number | void>) {
  const times: number[] = [];
  const perClient = Math.floor(cards.length / clients);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) {
        const t0 = performance.now();
        const server = await grade(cards[c * perClient + i]!, i);
        times.push(typeof server === "number" ? server : performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const rate = times.length / seconds;
  console.log(`${label.padEnd(30)} ${String(times.length).padStart(4)} grades, ${rate.toFixed(0).padStart(5)} grades/s; server time per grade ${stats(times)}`);
  return rate;
}

const prisma = createPrismaClient(database);
try {
  await applyMigrations(database.factory);
  installTestDatabase(prisma, database);
  const user = await createTestUser(prisma, "student", "Bench Student");
  const token = user.cookie.split("=")[1]!;
  const tokenHash = createHash("sha256").update(token).digest("hex");
  const seedStart = performance.now();
  await seed(database, user.id);
  const [counts] = await database.rawQuery(
    `SELECT (SELECT count(*) FROM "CardState")::int AS states, (SELECT count(*) FROM "ReviewLog")::int AS logs, (SELECT count(*) FROM "Flashcard")::int AS cards`);
  console.log(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s:`, counts);

  const queueMs: number[] = [];
  const routeMs: number[] = [];
  let size = { items: 0, due: 0 };
  for (let i = 0; i < 23; i++) {
    const t0 = performance.now();
    const queue = await loadReviewQueue(prisma, user.id, {}, new Date());
    const t1 = performance.now();
    const res = await GET(apiRequest("/api/reviews/queue", { cookie: user.cookie }));
    await res.json();
    const t2 = performance.now();
    if (i >= 3) {
      queueMs.push(t1 - t0);
      routeMs.push(t2 - t1);
    }
    size = { items: queue.items.length, due: queue.counts.due };
  }
  const [dueSet] = await database.rawQuery(`SELECT count(*)::int AS n FROM "CardState" WHERE due < now() + interval '1 day'`);
  console.log(`queue (${size.items} items, ${size.due} due shown, ~${String(dueSet?.n)} due cards ordered):`);
  console.log(`  loadReviewQueue                  ${stats(queueMs)}`);
  console.log(`  GET /api/reviews/queue           ${stats(routeMs)}`);

  // Each run grades its own cards, so every grade is a real update of a card at a known version.
  const versions = new Map((await prisma.cardState.findMany({ where: { userId: user.id }, select: { cardId: true, version: true } })).map((r) => [r.cardId, r.version]));
  const cardsFrom = (offset: number) => Array.from({ length: GRADES_PER_RUN }, (_, i) => `bench-c${offset + i + 1}`);
  const appGrade = async (cardId: string, i: number) => {
    const body = { reviewId: randomUUID(), cardId, rating: (1 + (i % 4)) as Grade, baseVersion: versions.get(cardId) ?? 0, durationMs: 3000 };
    const request = apiRequest("/api/reviews", { cookie: user.cookie, body });
    const t0 = performance.now();
    const res = await POST(request);
    const serverMs = performance.now() - t0;
    if (res.status !== 200) throw new Error(`grade of ${cardId} answered ${res.status}: ${await res.text()}`);
    return serverMs;
  };
  const rawRun = (cardId: string, i: number) => rawGrade(database, tokenHash, cardId, (1 + (i % 4)) as Grade);

  console.log("grades:");
  const app1 = await run("  route handler, 1 client", 1, cardsFrom(0), appGrade);
  const raw1 = await run("  plain SQL, 1 client", 1, cardsFrom(GRADES_PER_RUN), rawRun);
  const app16 = await run(`  route handler, ${CONCURRENCY} clients`, CONCURRENCY, cardsFrom(2 * GRADES_PER_RUN), appGrade);
  const raw16 = await run(`  plain SQL, ${CONCURRENCY} clients`, CONCURRENCY, cardsFrom(3 * GRADES_PER_RUN), rawRun);
  console.log(`app/raw throughput: ${(app1 / raw1).toFixed(2)} at 1 client, ${(app16 / raw16).toFixed(2)} at ${CONCURRENCY} clients`);
  const settings = await getStudySettings(prisma, user.id);
  console.log(`(settings: ${settings.newCardsPerDay} new/day, ${settings.maxReviewsPerDay} reviews/day; fuzz ${process.env.REVIEW_FUZZ === "off" ? "off" : "on"})`);
} finally {
  await prisma.$disconnect();
  if (target.kind === "postgres") {
    await database.rawQuery(`DROP SCHEMA "${target.schema.replaceAll('"', '""')}" CASCADE`);
    console.log(`dropped schema ${target.schema}`);
  }
  await database.close();
}
