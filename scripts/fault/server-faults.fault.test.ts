// Fault tests on the real production server (`next start` through scripts/start.ts): kill -9 while
// 16 clients grade (PGlite and PostgreSQL), `pg_ctl restart` mid-run on a PostgreSQL server of the
// test's own (initdb in a temporary folder owned by postgres, on a free port), and a PGlite folder that
// cannot be written. Each test starts its own server processes and kills only their pids.
// Run by `npm run test:faults` (scripts/test-all.sh runs it after the Playwright step, whose build in
// .next it reuses; FAULT_DIST_DIR picks another build folder).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { ensureBuild, startAppServer, type AppServer } from "../lib/app-server";
import { loadQueue, signUpStudent, type HttpStudent } from "../lib/http-student";
import { findPostgresBin, freePort, startPrivatePostgres, type PrivatePostgres } from "../lib/private-postgres";
import { assignClients, audit, gradeUntil, newLedger, retryUnsent, type Audit, type GradingClient, type Ledger } from "./grading-clients";

const DIST = process.env.FAULT_DIST_DIR ?? ".next";
const pgBin = findPostgresBin();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-faults-"));
let privatePg: PrivatePostgres | undefined;
/** For the start scripts run to the end below (they stop before listening, or only migrate). */
let oncePort = 0;

beforeAll(async () => {
  ensureBuild(DIST);
  oncePort = await appPort();
  if (pgBin) privatePg = startPrivatePostgres(pgBin, Number(process.env.FAULT_PG_PORT ?? (await freePort())));
  else console.warn("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: skipping the PostgreSQL fault tests");
}, 900_000);

afterAll(() => {
  privatePg?.destroy();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const servers: AppServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill9().catch(() => {});
});

// Free ports unless FAULT_PORT names one: several checkouts may run these tests at once.
const appPort = async () => Number(process.env.FAULT_PORT ?? (await freePort()));

async function start(env: Record<string, string>): Promise<AppServer> {
  const server = await startAppServer({ port: await appPort(), distDir: DIST, env });
  servers.push(server);
  return server;
}

async function signUp(url: string, count: number, tag: string): Promise<{ students: HttpStudent[]; queues: Awaited<ReturnType<typeof loadQueue>>[] }> {
  const students: HttpStudent[] = [];
  for (let i = 0; i < count; i++) students.push(await signUpStudent(url, `${tag}-${i}-${Date.now()}@faults.example`));
  return { students, queues: await Promise.all(students.map((s) => loadQueue(url, s))) };
}

function printAudit(label: string, result: Audit) {
  console.log(
    `${label}: ${result.acknowledged} acknowledged grades (${result.retried} after a retry): lost ${result.lost}, duplicated ${result.duplicated}, ` +
      `card versions not matching their log rows ${result.versionMismatches}, half-written card states ${result.halfWritten}`,
  );
}

function expectClean(result: Audit) {
  expect(result.acknowledged).toBeGreaterThan(0);
  expect(result).toMatchObject({ lost: 0, duplicated: 0, versionMismatches: 0, halfWritten: 0 });
}

/** Grades with 16 clients, kills the server with SIGKILL mid-stream, restarts it and retries. */
async function killNineRun(env: Record<string, string>, query: () => Promise<(sql: string, p?: unknown[]) => Promise<Record<string, unknown>[]>>, close: () => Promise<void>) {
  let server = await start(env);
  const { students, queues } = await signUp(server.url, 4, "kill");
  const clients: GradingClient[] = assignClients(students, queues, 16);
  const ledger: Ledger = newLedger();
  let killed = false;
  let failed: unknown;
  const grading = gradeUntil(() => server.url, clients, ledger, () => killed).catch((error: unknown) => (failed = error));
  // Kill once a good number of grades went through, so some are surely in flight at that moment.
  const deadline = Date.now() + 60_000;
  while (ledger.acknowledged.size < 150 && Date.now() < deadline && !failed) await new Promise((r) => setTimeout(r, 20));
  await server.kill9();
  killed = true;
  await grading;
  if (failed) throw failed;
  expect(ledger.unsent.length).toBeGreaterThan(0);

  server = await start(env);
  await retryUnsent(server.url, clients, ledger);
  // And the students carry on where they were.
  let more = 0;
  await gradeUntil(() => server.url, clients, ledger, () => more++ >= 48);
  await server.stop();
  const result = await audit(await query(), ledger);
  await close();
  return result;
}

describe("kill -9 while 16 clients grade", () => {
  it("on PGlite: the folder opens cleanly after the kill; nothing acknowledged is lost or doubled", async () => {
    const dataDir = path.join(tmp, "kill-pglite");
    let db: PGlite | undefined;
    const result = await killNineRun(
      { DOSSIER_DATA_DIR: dataDir },
      async () => {
        db = new PGlite(dataDir);
        await db.waitReady;
        return async (sql, params) => (await db!.query<Record<string, unknown>>(sql, params)).rows;
      },
      async () => db?.close(),
    );
    printAudit("kill -9 on PGlite", result);
    expectClean(result);
  }, 300_000);

  it.skipIf(!pgBin)("on PostgreSQL: nothing acknowledged is lost or doubled", async () => {
    const url = `${privatePg!.url}?schema=kill`;
    const pool = new pg.Pool({ connectionString: privatePg!.url, options: "-c search_path=kill" });
    const result = await killNineRun(
      { DATABASE_URL: url },
      async () => async (sql, params) => (await pool.query(sql, params)).rows,
      () => pool.end(),
    );
    printAudit("kill -9 on PostgreSQL", result);
    expectClean(result);
  }, 300_000);
});

describe.skipIf(!pgBin)("PostgreSQL restarts mid-run", () => {
  it("requests fail fast with a 503 and a clear message, the app recovers by itself, nothing acknowledged is lost", async () => {
    const server = await start({ DATABASE_URL: `${privatePg!.url}?schema=restart` });
    const { students, queues } = await signUp(server.url, 4, "restart");
    const clients = assignClients(students, queues, 8);
    const ledger = newLedger();
    let stop = false;
    let failed: unknown;
    const grading = gradeUntil(() => server.url, clients, ledger, () => stop, { retryOn503: true, timeoutMs: 15_000 }).catch(
      (error: unknown) => (failed = error),
    );
    while (ledger.acknowledged.size < 60 && !failed) await new Promise((r) => setTimeout(r, 20));
    if (failed) throw failed;

    // pg_ctl restart -m fast: every session is terminated, the server stops and starts again; the
    // clients keep grading all the while (the restart does not block this process).
    const before = ledger.acknowledged.size;
    const restartStarted = performance.now();
    await privatePg!.restart();
    const restartedAt = performance.now();
    // Recovery: the first grade acknowledged after the server is back, without touching the app.
    const after = ledger.acknowledged.size;
    while (ledger.acknowledged.size === after && performance.now() - restartedAt < 30_000 && !failed) await new Promise((r) => setTimeout(r, 20));
    const recoveredMs = performance.now() - restartedAt;
    await new Promise((r) => setTimeout(r, 1_000));
    stop = true;
    await grading;
    if (failed) throw failed;
    // Anything in flight when it stopped is sent again with its id.
    await retryUnsent(server.url, clients, ledger);
    await server.stop();

    const slowest = Math.max(0, ...ledger.failures.map((f) => f.ms));
    const statuses = [...new Set(ledger.failures.map((f) => f.status))];
    console.log(
      `PostgreSQL restart: ${ledger.failures.length} requests refused while it was down (statuses ${statuses.join(", ") || "none"}, slowest ${slowest.toFixed(0)} ms); ` +
        `pg_ctl restart took ${((restartedAt - restartStarted) / 1000).toFixed(1)} s; grades acknowledged again ${(recoveredMs / 1000).toFixed(1)} s after it was back; ` +
        `${before} acknowledged before the restart`,
    );
    expect(ledger.failures.length).toBeGreaterThan(0);
    expect(statuses).toEqual([503]);
    for (const failure of ledger.failures) {
      const body = JSON.parse(failure.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unavailable");
      expect(body.error.message).toMatch(/database is not answering/);
      expect(failure.body).not.toMatch(/\bat \S+ \(/); // no stack trace
    }
    expect(slowest).toBeLessThan(6_000);
    expect(recoveredMs).toBeLessThan(10_000);

    const pool = new pg.Pool({ connectionString: privatePg!.url, options: "-c search_path=restart" });
    const result = await audit(async (sql, params) => (await pool.query(sql, params)).rows, ledger);
    await pool.end();
    printAudit("PostgreSQL restart", result);
    expectClean(result);
  }, 300_000);
});

describe("SIGTERM", () => {
  it("lets the request in flight finish, closes the database and releases the PGlite folder", async () => {
    const dataDir = path.join(tmp, "sigterm");
    const server = await start({ DOSSIER_DATA_DIR: dataDir });
    // Request logs name the route pattern, never the ids in the path.
    expect((await fetch(`${server.url}/api/attempts/attempt-id-4711`)).status).toBe(401);
    await fetch(`${server.url}/topics/topic-id-4712?from=search`);
    const logged = () => server.output().split("\n").filter((l) => l.startsWith("{") && l.includes('"msg":"request"')).map((l) => JSON.parse(l) as { route: string });
    await expect.poll(() => logged().map((l) => l.route), { timeout: 30_000 }).toEqual(expect.arrayContaining(["/api/attempts/[attemptId]", "/topics/[topicId]"]));
    expect(server.output()).not.toMatch(/4711|4712/);
    const inFlight = fetch(`${server.url}/sign-up`).then((res) => res.status);
    await new Promise((r) => setTimeout(r, 10));
    await server.stop();
    expect(await inFlight).toBe(200);
    expect(server.output()).toMatch(/"msg":"shutdown: database closed"/);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    // The folder opens at once, with no recovery to do.
    const db = new PGlite(dataDir);
    await db.waitReady;
    expect((await db.query<{ n: number }>(`select count(*)::int as n from "_prisma_migrations"`)).rows[0]!.n).toBeGreaterThan(0);
    await db.close();
  }, 300_000);
});

describe("the log reader goes away", () => {
  // CPU time a process has used so far, from /proc (Linux, where these tests run).
  const cpuMs = (pid: number) => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };

  it("keeps serving, does not spin on the closed pipe, and still stops on SIGTERM", async () => {
    const server = await start({ DOSSIER_DATA_DIR: path.join(tmp, "closed-output") });
    server.closeOutput();
    // Each request writes a log line into the closed pipe.
    for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
    // Let the work those requests started (compiling the route, collecting garbage) settle first.
    await new Promise((r) => setTimeout(r, 2_000));
    const before = cpuMs(server.serverPid) + cpuMs(server.scriptPid);
    await new Promise((r) => setTimeout(r, 3_000));
    const used = cpuMs(server.serverPid) + cpuMs(server.scriptPid) - before;
    console.log(`closed output: ${used} ms of CPU in 3 s with no requests`);
    // An idle server uses next to nothing; one caught in a loop of write errors uses a core (about 3,000 ms).
    expect(used).toBeLessThan(1_000);
    expect((await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
    await server.stop();
  }, 300_000);
});

describe("a PGlite folder that cannot be written", () => {
  /** scripts/start.ts, or with `migrateOnly` scripts/db-migrate.ts, run to the end. */
  function startOnce(env: Record<string, string>, migrateOnly = false) {
    return spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", migrateOnly ? "scripts/db-migrate.ts" : "scripts/start.ts"], {
      env: { ...process.env, SKIP_BUILD: "1", NEXT_DIST_DIR: DIST, PORT: String(oncePort), SEED_DEMO: "false", NODE_ENV: "production", ...env },
      encoding: "utf8",
      timeout: 120_000,
    });
  }

  it("read-only: start stops with one clear line, and the folder is still whole afterwards", () => {
    const parent = path.join(tmp, "readonly");
    const dataDir = path.join(parent, "pglite");
    const first = startOnce({ DOSSIER_DATA_DIR: dataDir }, true);
    expect(first.status, first.stderr).toBe(0);
    // File modes do not stop root, so the folder is remounted read-only (bind mount) instead.
    const bound = spawnSync("mount", ["--bind", parent, parent], { encoding: "utf8" });
    if (bound.status !== 0) {
      console.warn(`read-only test skipped: cannot bind-mount here (${bound.stderr.trim()})`);
      return;
    }
    try {
      const ro = spawnSync("mount", ["-o", "remount,ro,bind", parent], { encoding: "utf8" });
      expect(ro.status, ro.stderr).toBe(0);
      const result = startOnce({ DOSSIER_DATA_DIR: dataDir });
      const errors = result.stderr.split("\n").filter((l) => l.startsWith("error:"));
      expect(result.status).toBe(1);
      expect(errors).toHaveLength(1);
      console.log(`read-only folder: ${errors[0] ?? result.stderr}`);
      expect(errors[0]).toMatch(/read-only|cannot be written|could not be opened/i);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      spawnSync("umount", [parent]);
    }
    // Writable again: it opens and starts as before.
    const again = startOnce({ DOSSIER_DATA_DIR: dataDir }, true);
    expect(again.status, again.stderr).toBe(0);
  }, 300_000);

  it("disk full: start stops with one clear line and no half-applied migration", async () => {
    const mountPoint = path.join(tmp, "full");
    fs.mkdirSync(mountPoint);
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=24m", "tmpfs", mountPoint], { encoding: "utf8" });
    if (mounted.status !== 0) {
      console.warn(`disk-full test skipped: cannot mount a small tmpfs here (${mounted.stderr.trim()})`);
      return;
    }
    try {
      const dataDir = path.join(mountPoint, "pglite");
      const result = startOnce({ DOSSIER_DATA_DIR: dataDir }, true);
      const errors = result.stderr.split("\n").filter((l) => l.startsWith("error:"));
      expect(result.status).toBe(1);
      expect(errors).toHaveLength(1);
      console.log(`disk full: ${errors[0] ?? result.stderr}`);
      expect(errors[0]).toMatch(/no space left on device \(ENOSPC\).*Free some space/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // Whatever made it to disk holds no migration that started and did not finish.
      if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
        let db: PGlite | undefined;
        try {
          db = new PGlite(dataDir);
          await db.waitReady;
          const { rows } = await db.query<{ n: number }>(
            `select count(*)::int as n from "_prisma_migrations" where finished_at is null or rolled_back_at is not null`,
          ).catch(() => ({ rows: [{ n: 0 }] }));
          expect(rows[0]!.n).toBe(0);
        } catch (error) {
          // A folder that never finished initdb cannot be opened at all: nothing half-applied either.
          console.warn(`disk-full: the partial folder does not open (${error instanceof Error ? error.message : String(error)})`);
        } finally {
          await db?.close().catch(() => {});
        }
      }
    } finally {
      spawnSync("umount", [mountPoint]);
    }
  }, 300_000);
});
