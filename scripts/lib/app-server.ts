// Starts and stops real production servers (`next start` through scripts/start.ts) for the HTTP
// benchmark and the fault tests. Each server is one process tree we started ourselves; stop() and
// kill9() signal only its pids.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildApp, isBuildCurrent } from "./build-app";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Builds into distDir unless a build newer than every source is already there. */
export function ensureBuild(distDir: string, log: (line: string) => void = console.log): void {
  if (isBuildCurrent(distDir)) return;
  log(`build: building into ${distDir} (takes a few minutes)…`);
  buildApp(distDir, "pipe");
}

export interface AppServer {
  url: string;
  port: number;
  /** pid of the `next start` process itself (not the start script around it). */
  serverPid: number;
  /** pid of the start script around it. */
  scriptPid: number;
  output: () => string;
  /** SIGTERM to the start script, which passes it on; resolves when both have exited. */
  stop: () => Promise<void>;
  /** Closes the pipes its output goes to, as a log reader that went away would. */
  closeOutput: () => void;
  /** SIGKILL to the server process only, as a crash would. */
  kill9: () => Promise<void>;
  exited: Promise<number | null>;
}

export interface StartOptions {
  port: number;
  distDir: string;
  env: Record<string, string>;
  /** How long to wait for "serving on" and a first answer. */
  timeoutMs?: number;
}

/**
 * Runs scripts/start.ts (migrate, load content, serve) with SKIP_BUILD=1 on a build made by
 * ensureBuild, and waits until the server answers.
 */
export async function startAppServer(options: StartOptions): Promise<AppServer> {
  const { port, distDir, env, timeoutMs = 120_000 } = options;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SKIP_BUILD: "1",
      SEED_DEMO: "false",
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      ...env,
    },
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let serverPid = 0;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    const match = /serving on \S+ \(pid (\d+)\)/.exec(output);
    if (match) {
      serverPid = Number(match[1]);
      try {
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.status < 500 || res.status === 503) break;
      } catch {
        // not listening yet
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!serverPid || gone || Date.now() >= deadline) {
    child.kill("SIGKILL");
    if (serverPid) killQuietly(serverPid, "SIGKILL");
    throw new Error(`server on port ${port} did not start:\n${output}`);
  }
  const serverExited = () => !isAlive(serverPid);
  return {
    url,
    port,
    serverPid,
    scriptPid: child.pid!,
    output: () => output,
    closeOutput: () => {
      child.stdout!.destroy();
      child.stderr!.destroy();
    },
    exited,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      for (let i = 0; i < 100 && !serverExited(); i++) await new Promise((r) => setTimeout(r, 100));
    },
    kill9: async () => {
      killQuietly(serverPid, "SIGKILL");
      await exited;
    },
  };
}

function killQuietly(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
