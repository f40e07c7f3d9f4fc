// `npm run bench:stats`: times getStudentStats (everything the statistics page loads) for one student
// with 200,000 review logs, on in-memory PGlite, or on PostgreSQL when DATABASE_URL is set, e.g.
// DATABASE_URL='postgres://postgres@127.0.0.1:5432/test?schema=bench_stats' (that schema is dropped
// at the end). Seeds with set-based SQL (generate_series). Reports timings; asserts nothing.
import { applyMigrations } from "@/server/db/migrations";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";
import { postgresTarget, type DatabaseTarget } from "@/server/db/database-target";
import { createPrismaClient } from "@/server/db";
import { findDailyActivity } from "@/server/queries/stats-daily-activity";
import { getStudentStats } from "@/server/stats/get-stats";

const RUNS = 20;
const WARMUP = 3;
const SIZE = { logs: 200_000, otherLogs: 50_000, topics: 10, cardsPerTopic: 20, questions: 60, mocks: 30, perMock: 20 } as const;
const CARDS = SIZE.topics * SIZE.cardsPerTopic;
// Prisma keeps UTC wall-clock times in timestamp columns; now() alone would follow the session's zone.
const NOW = "(now() at time zone 'utc')";

function seedStatements(): string[] {
  const option = (letter: string) => `jsonb_build_object('text', 'Choice ${letter} ' || i, 'explanation', 'Why ${letter}.')`;
  const logs = (user: string, count: number, offset: number) => `
    insert into "ReviewLog" (id, "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "scheduledDays",
                             "durationMs", "reviewedAt", "baseVersion", previous, "undoneAt")
    select gen_random_uuid(), '${user}', 'sc-' || (g % ${CARDS}),
           case when r < 0.1 then 1 when r < 0.2 then 2 when r < 0.9 then 3 else 4 end,
           (case when g % 10 < 7 then 'review' when g % 10 < 9 then 'learning' else 'new' end)::"CardStage",
           at, 5, 5, 3, (g * 7) % 60, 2000 + (g * 37) % 18000, at, ${offset} + g, '{}'::jsonb,
           case when g % 50 = 0 then at + interval '5 seconds' end
    from (select g, random() as r, ${NOW} - random() * interval '730 days' as at from generate_series(1, ${count}) g) s`;
  return [
    `select setseed(0.7)`,
    `insert into "Topic" (id, title, summary, "whyItMatters", "syllabusTags", "relatedTopics", "asOf", "order", "contentHash")
     select 'st-' || t, 'Bench topic ' || t, 'Invented.', 'Invented.', array['GS2: bilateral relations'], array[]::text[], date '2026-01-01', t, 'h'
     from generate_series(0, ${SIZE.topics - 1}) t`,
    `insert into "Fact" (id, "topicId", statement, sources, "order", "contentHash")
     select 'sf-' || c, 'st-' || (c / ${SIZE.cardsPerTopic}), 'Invented bench fact ' || c || '.', '[]'::jsonb, c, 'h'
     from generate_series(0, ${CARDS - 1}) c`,
    `insert into "Flashcard" (id, "topicId", "factIds", kind, front, back, "order", "contentHash")
     select 'sc-' || c, 'st-' || (c / ${SIZE.cardsPerTopic}), array['sf-' || c], 'basic'::"CardKind", 'Front ' || c, 'Back', c, 'h'
     from generate_series(0, ${CARDS - 1}) c`,
    `insert into "Question" (id, kind, "topicIds", "factIds", difficulty, "syllabusTag", data, "order", "contentHash")
     select 'sq-' || i, 'single', array['st-' || (i % ${SIZE.topics})], array['sf-' || i], 'easy', 'GS2: bilateral relations',
       jsonb_build_object('id', 'sq-' || i, 'kind', 'single', 'topicIds', jsonb_build_array('st-' || (i % ${SIZE.topics})),
         'factIds', jsonb_build_array('sf-' || i), 'syllabusTag', 'GS2: bilateral relations', 'difficulty', 'easy', 'stem', 'Invented bench question ' || i || '?',
         'options', jsonb_build_array(${["A", "B", "C", "D"].map(option).join(", ")}), 'correctIndex', i % 4),
       i, 'h'
     from generate_series(0, ${SIZE.questions - 1}) i`,
    `insert into "User" (id, email, name, role, "passwordHash")
     values ('bench-student', 'bench-student@example.test', 'Bench Student', 'student', 'x'),
            ('other-student', 'other-student@example.test', 'Other Student', 'student', 'x')`,
    `insert into "StudySettings" ("userId", "timeZone", "dayStartHour", "examDate", "updatedAt")
     values ('bench-student', 'Asia/Kolkata', 4, (${NOW} + interval '90 days')::date, ${NOW}),
            ('other-student', 'America/New_York', 4, null, ${NOW})`,
    `insert into "CardState" ("userId", "cardId", state, due, stability, difficulty, "scheduledDays", reps, "lastReview", "updatedAt")
     select u, 'sc-' || c, 'review', ${NOW} + (random() * 45 - 5) * interval '1 day', 1 + random() * 100, 5, 10, 5,
            ${NOW} - random() * interval '30 days', ${NOW}
     from generate_series(0, ${CARDS - 1}) c, unnest(array['bench-student', 'other-student']) u`,
    logs("bench-student", SIZE.logs, 0),
    logs("other-student", SIZE.otherLogs, 0),
    `insert into "Attempt" (id, "userId", mode, "topicIds", "questionIds", "startedAt", "submittedAt", score)
     select 'sa-' || a, 'bench-student', 'mock', array['st-0'],
            array(select 'sq-' || ((a * 7 + q) % ${SIZE.questions}) from generate_series(0, ${SIZE.perMock - 1}) q),
            ${NOW} - a * interval '3 days', ${NOW} - a * interval '3 days' + interval '20 minutes', 0
     from generate_series(1, ${SIZE.mocks}) a`,
    `insert into "AttemptAnswer" ("attemptId", "questionId", "chosenIndex", "answeredAt")
     select 'sa-' || a, 'sq-' || ((a * 7 + q) % ${SIZE.questions}), case when random() < 0.15 then null else floor(random() * 4)::int end, ${NOW}
     from generate_series(1, ${SIZE.mocks}) a, generate_series(0, ${SIZE.perMock - 1}) q`,
    `analyze`,
  ];
}

function summary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (min ${at(0).toFixed(1)}, max ${at(1).toFixed(1)})`;
}

async function time(runs: number, body: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs + WARMUP; i++) {
    const start = performance.now();
    await body();
    // The first runs warm caches (query plans, the JIT); they are not counted.
    if (i >= WARMUP) ms.push(performance.now() - start);
  }
  return ms;
}

async function bench(label: string, database: OpenDatabase): Promise<void> {
  const seedStart = performance.now();
  await applyMigrations(database.factory);
  for (const sql of seedStatements()) await database.rawQuery(sql);
  const [counts] = await database.rawQuery(
    `select (select count(*) from "ReviewLog" where "userId" = 'bench-student')::int as logs, (select count(*) from "ReviewLog")::int as all_logs`,
  );
  console.log(`\n${label}: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`, counts);

  const prisma = createPrismaClient(database);
  try {
    const now = new Date();
    const stats = await getStudentStats(prisma, "bench-student", now, 90);
    console.log(
      `${label}: ${stats.totalReviews} standing reviews on ${stats.year.filter((d) => d.reviews > 0).length} of the last 365 days,` +
        ` streak ${stats.streaks.current}/${stats.streaks.longest}, ${stats.mocks.length} mock tests, exam ${stats.exam.status}`,
    );
    const full = await time(RUNS, () => getStudentStats(prisma, "bench-student", now, 90));
    const daily = await time(RUNS, () => findDailyActivity(prisma, "bench-student", { timeZone: "Asia/Kolkata", dayStartHour: 4 }));
    if (process.env.BENCH_EXPLAIN) await explainDaily(database);
    console.log(`${label}: getStudentStats over ${RUNS} runs:          ${summary(full)}`);
    console.log(`${label}:   of which the per-day GROUP BY alone: ${summary(daily)}`);
  } finally {
    await prisma.$disconnect();
  }
}

/** BENCH_EXPLAIN=1 prints the plan of the per-day query (the same SQL, with literal values). */
async function explainDaily(database: OpenDatabase) {
  const source = await import("node:fs").then((fs) => fs.readFileSync("server/queries/stats-daily-activity.ts", "utf8"));
  const sql = /SELECT bucket,[\s\S]*?ORDER BY bucket/.exec(source)?.[0];
  if (!sql) return;
  const bounds = Array.from({ length: 800 }, (_, i) => `'${new Date(Date.now() - (799 - i) * 86_400_000).toISOString().slice(0, 10)} 22:30:00'`);
  const literal = sql
    .replace("${bounds}::timestamp[]", `array[${bounds.join(",")}]::timestamp[]`)
    .replace("${userId}", "'bench-student'")
    .replaceAll("${MATURE_INTERVAL_DAYS}", "21");
  const plan = await database.rawQuery(`EXPLAIN (ANALYZE, BUFFERS) ${literal}`);
  console.log(plan.map((row) => String(Object.values(row as object)[0]).slice(0, 140)).join("\n"));
}

const url = process.env.DATABASE_URL;
const target: DatabaseTarget = url ? postgresTarget(url) : { kind: "pglite", dataDir: "memory://" };
const database = await openDatabase(target);
try {
  if (target.kind === "postgres") {
    await database.rawQuery(`drop schema if exists "${target.schema}" cascade`);
    await database.rawQuery(`create schema "${target.schema}"`);
    await bench(`PostgreSQL (schema ${target.schema})`, database);
  } else {
    await bench("PGlite (in memory)", database);
  }
} finally {
  if (target.kind === "postgres") await database.rawQuery(`drop schema if exists "${target.schema}" cascade`);
  await database.close();
}
