// A PostgreSQL server of our own in a temporary folder (initdb + pg_ctl), for tests that stop and
// restart it; the machine's shared server is never touched. Needs the server binaries
// (/usr/lib/postgresql/<version>/bin); run as root, it runs them as the `postgres` user.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The newest /usr/lib/postgresql/<version>/bin that has the server's initdb and pg_ctl, or null. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const complete = (v: string) => ["initdb", "pg_ctl", "postgres"].every((tool) => fs.existsSync(path.join(root, v, "bin", tool)));
  const versions = fs.readdirSync(root).filter(complete).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface PrivatePostgres {
  url: string;
  port: number;
  stop: () => void;
  start: () => void;
  /**
   * `pg_ctl restart -m fast` (sessions are terminated, then the server starts again and pg_ctl waits
   * until it accepts connections), run without blocking this process, so clients keep sending meanwhile.
   */
  restart: () => Promise<void>;
  destroy: () => void;
}

function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root, and there is no postgres user to run PostgreSQL as");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export function startPrivatePostgres(bin: string, port: number): PrivatePostgres {
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-pg-"));
  const data = path.join(dir, "data");
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(path.join(bin, tool), args, { encoding: "utf8", cwd: dir, ...(user ?? {}), timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60`;
  const pgCtlArgs = (...args: string[]) => ["-D", data, "-l", path.join(dir, "log"), "-o", opts, "-w", "-t", "60", ...args];
  const pgCtl = (...args: string[]) => run("pg_ctl", pgCtlArgs(...args));
  pgCtl("start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => pgCtl("start"),
    stop: () => pgCtl("stop", "-m", "fast"),
    restart: () =>
      new Promise<void>((resolve, reject) => {
        execFile(path.join(bin, "pg_ctl"), pgCtlArgs("restart", "-m", "fast"), { cwd: dir, ...(user ?? {}), timeout: 60_000 }, (error, stdout, stderr) =>
          error ? reject(new Error(`pg_ctl restart failed: ${stderr || stdout || error.message}`)) : resolve(),
        );
      }),
    destroy: () => {
      try {
        execFileSync(path.join(bin, "pg_ctl"), ["-D", data, "stop", "-m", "immediate"], { stdio: "ignore", ...(user ?? {}) });
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
