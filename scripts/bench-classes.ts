// `npm run bench:classes`: times the class dashboard query for a class of 200 students with
// 150 cards each, on embedded PGlite and on PostgreSQL. Seeds with set-based SQL (generate_series).
// PostgreSQL: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test?schema=bench_classes
// (the schema is dropped afterwards). Reports timings; asserts nothing.
import { applyMigrations } from "@/server/db/migrations";
import { openDatabase, type OpenDatabase } from "@/server/db/open-database";
import { postgresTarget } from "@/server/db/database-target";
import { createPrismaClient } from "@/server/db";
import { getClassDashboard } from "@/server/queries/class-dashboard";
import { classTable } from "@/lib/classes/class-table";
import { default_w } from "ts-fsrs";

// The seed: every table filled by one INSERT ... SELECT over generate_series.
const BENCH_SIZE = { students: 200, cards: 150, topics: 10, questions: 60, noiseStudents: 200 } as const;

const { students, cards, topics, questions, noiseStudents } = BENCH_SIZE;
const perTopic = cards / topics;
// Prisma stores UTC wall-clock times in timestamp columns; now() alone would follow the session's zone.
const NOW = "(now() at time zone 'utc')";

function seedStatements(): string[] {
  const option = (letter: string) => `jsonb_build_object('text', 'Choice ${letter} for ' || i, 'explanation', 'Why ${letter}.')`;
  return [
    `select setseed(0.42)`,
    `insert into "Topic" (id, title, summary, "whyItMatters", "syllabusTags", "relatedTopics", "asOf", "order", "contentHash")
     select 'bt-' || t, 'Bench topic ' || t, 'Invented.', 'Invented.', array['GS2: bilateral relations'], array[]::text[], date '2026-01-01', t, 'h'
     from generate_series(0, ${topics - 1}) t`,
    `insert into "Flashcard" (id, "topicId", "factIds", kind, front, back, "order", "contentHash")
     select 'bc-' || c, 'bt-' || (c / ${perTopic}), array[]::text[], 'basic'::"CardKind", 'Front ' || c, 'Back ' || c, c, 'h'
     from generate_series(0, ${cards - 1}) c`,
    `insert into "Question" (id, kind, "topicIds", "factIds", difficulty, "syllabusTag", data, "order", "contentHash")
     select 'bq-' || i, 'single', array['bt-' || (i % ${topics})], array['bf'], 'easy', 'GS2: bilateral relations',
       jsonb_build_object('id', 'bq-' || i, 'kind', 'single', 'topicIds', jsonb_build_array('bt-' || (i % ${topics})), 'factIds', jsonb_build_array('bf'),
         'syllabusTag', 'GS2: bilateral relations', 'difficulty', 'easy', 'stem', 'Invented benchmark question ' || i || '?',
         'options', jsonb_build_array(${["A", "B", "C", "D"].map(option).join(", ")}), 'correctIndex', i % 4),
       i, 'h'
     from generate_series(0, ${questions - 1}) i`,
    `insert into "User" (id, email, name, role, "passwordHash", "lastActiveAt")
     select 'bench-teacher', 'bench-teacher@example.test', 'Bench Teacher', 'teacher'::"Role", 'x', ${NOW}
     union all
     select 'bs-' || s, 'bs-' || s || '@example.test', 'Student ' || lpad(s::text, 3, '0'), 'student'::"Role", 'x', ${NOW} - (random() * interval '20 days')
     from generate_series(1, ${students + noiseStudents}) s`,
    // Half the students optimized their FSRS weights (each their own w[20]), so class recall reads each curve.
    `insert into "StudySettings" ("userId", "fsrsParameters", "updatedAt")
     select id, case when id like 'bs-%' and random() < 0.5
       then array[${default_w.slice(0, 20).join(", ")}, 0.1 + random() * 0.7]::float8[] else array[]::float8[] end, ${NOW}
     from "User"`,
    `insert into "Class" (id, "teacherId", name, "examYear", "joinCode")
     values ('bench-class', 'bench-teacher', 'Bench class', 2027, 'BENCH23456'), ('noise-class', 'bench-teacher', 'Noise class', 2027, 'NQISE23456')`,
    `insert into "ClassMember" ("classId", "studentId")
     select case when s <= ${students} then 'bench-class' else 'noise-class' end, 'bs-' || s from generate_series(1, ${students + noiseStudents}) s`,
    `insert into "TopicSet" (id, "teacherId", name, "topicIds", "questionIds")
     values ('bench-set', 'bench-teacher', 'Bench set', array['bt-0', 'bt-1', 'bt-2'], array[]::text[])`,
    `insert into "Assignment" (id, "classId", "topicSetId", kind, "startsAt", "dueAt", "questionIds", "timeLimitMinutes")
     select 'ba-' || k || case when c = 'noise-class' then '-noise' else '' end, c, 'bench-set', k::"AssignmentKind", ${NOW} - interval '10 days', ${NOW} + (g - 2) * interval '3 days',
       case when k = 'review' then array[]::text[] else array(select 'bq-' || q from generate_series(0, 9) q) end,
       case when k = 'review' then null else 15 end
     from unnest(array['review', 'both', 'practice']) with ordinality as kinds(k, g)
     cross join unnest(array['bench-class', 'noise-class']) as classes(c)
     where c = 'bench-class' or k = 'review'`,
    `insert into "CardState" ("userId", "cardId", state, due, stability, difficulty, reps, "lastReview", "updatedAt")
     select u, c, 'review'::"CardStage", last + stab * interval '1 day', stab, 5, 2, last, ${NOW}
     from (
       select 'bs-' || s as u, 'bc-' || c as c, 0.5 + random() * 40 as stab, ${NOW} - random() * interval '30 days' as last
       from generate_series(1, ${students + noiseStudents}) s cross join generate_series(0, ${cards - 1}) c
     ) x`,
    `insert into "ReviewLog" (id, "userId", "cardId", rating, state, due, stability, difficulty, "elapsedDays", "scheduledDays", "durationMs", "reviewedAt", "baseVersion", previous, "undoneAt")
     select gen_random_uuid(), cs."userId", cs."cardId", 3, 'review'::"CardStage", cs.due, cs.stability, 5, 1, 1, 5000,
       cs."lastReview" - v * interval '3 days', v, '{}'::jsonb, case when random() < 0.02 then ${NOW} end
     from "CardState" cs cross join generate_series(0, 1) v`,
    `insert into "Attempt" (id, "userId", mode, "topicIds", "questionIds", "startedAt", deadline, "submittedAt", score, "assignmentId")
     select 'bat-' || s || '-' || a, 'bs-' || s, 'mock'::"AttemptMode", array['bt-0'], array(select 'bq-' || q from generate_series(0, 9) q),
       ${NOW} - interval '2 days', ${NOW} - interval '2 days' + interval '15 minutes', ${NOW} - interval '2 days' + interval '12 minutes',
       round((random() * 20)::numeric, 2)::float8, case when a < 2 then (array['ba-both', 'ba-practice'])[a + 1] end
     from generate_series(1, ${students + noiseStudents}) s cross join generate_series(0, 3) a
     where s <= ${students} or a >= 2`,
    `insert into "AttemptAnswer" ("attemptId", "questionId", "chosenIndex", "answeredAt")
     select t.id, q, case when random() < 0.1 then null else floor(random() * 4)::int end, t."startedAt" + interval '1 minute'
     from "Attempt" t cross join unnest(t."questionIds") q`,
  ];
}

const RUNS = 20;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test?schema=bench_classes";

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function bench(label: string, database: OpenDatabase): Promise<void> {
  const seedStart = performance.now();
  await applyMigrations(database.factory);
  for (const sql of seedStatements()) await database.rawQuery(sql);
  await database.rawQuery("analyze");
  const counts = await database.rawQuery(
    `select (select count(*) from "CardState")::int as card_states, (select count(*) from "ReviewLog")::int as review_logs,
            (select count(*) from "Attempt")::int as attempts, (select count(*) from "AttemptAnswer")::int as answers`,
  );
  console.log(`\n${label}: seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`, counts[0]);

  const prisma = createPrismaClient(database);
  const now = new Date();
  try {
    const queryMs: number[] = [];
    const renderMs: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const start = performance.now();
      const dashboard = await getClassDashboard(prisma, "bench-teacher", "bench-class", now);
      const queried = performance.now();
      if (!dashboard) throw new Error("the bench class was not found");
      const table = classTable(dashboard.progress, now, dashboard.overview.timeZone);
      const done = performance.now();
      if (table.rows.length !== BENCH_SIZE.students) throw new Error(`expected ${BENCH_SIZE.students} rows, got ${table.rows.length}`);
      // The first runs warm caches (plans, the answer key); they are not counted.
      if (i >= 3) {
        queryMs.push(queried - start);
        renderMs.push(done - start);
      }
    }
    const fmt = (s: ReturnType<typeof stats>) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
    console.log(`${label}: getClassDashboard over ${RUNS} runs: ${fmt(stats(queryMs))}`);
    console.log(`${label}: with the table built as well:    ${fmt(stats(renderMs))}`);
  } finally {
    await prisma.$disconnect();
  }
}

console.log(`class of ${BENCH_SIZE.students} students x ${BENCH_SIZE.cards} cards, plus ${BENCH_SIZE.noiseStudents} students in another class`);
const pglite = await openDatabase({ kind: "pglite", dataDir: "memory://" });
try {
  await bench("PGlite (in memory)", pglite);
} finally {
  await pglite.close();
}

const target = postgresTarget(PG_URL);
if (target.kind !== "postgres") throw new Error("unreachable");
let pg: OpenDatabase | undefined;
try {
  pg = await openDatabase(target);
} catch (error) {
  console.log(`\nPostgreSQL skipped: ${error instanceof Error ? error.message : String(error)}`);
}
if (pg) {
  try {
    await pg.rawQuery(`drop schema if exists "${target.schema}" cascade`);
    await pg.rawQuery(`create schema "${target.schema}"`);
    await bench(`PostgreSQL (schema ${target.schema})`, pg);
  } finally {
    await pg.rawQuery(`drop schema if exists "${target.schema}" cascade`);
    await pg.close();
  }
}
