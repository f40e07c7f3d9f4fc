import "./lib/survive-closed-output.mjs";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseServerEnv } from "@/server/env";
import { targetFromEnv } from "@/server/db/database-target";
import { openCliDatabase, exitWithError } from "./cli-database";
import { prepareDatabase } from "./prepare-database";

// `npm start`: build when the sources changed, prepare the database, then serve.
const env = (() => {
  try {
    return parseServerEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" });
  } catch (error) {
    exitWithError(error);
  }
})();
targetFromEnv(env);

const SOURCES = ["app", "components", "lib", "server", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package-lock.json"];

function newestSourceTime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSourceTime(path.join(entry, name))));
}

const buildId = path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
if (process.env.SKIP_BUILD !== "1" && Math.max(...SOURCES.map(newestSourceTime)) > builtAt) {
  console.log("build: sources changed since the last build, building…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) exitWithError(new Error("next build failed (see above)"));
  const worker = spawnSync("npx", ["tsx", "scripts/build-service-worker.ts"], { stdio: "inherit" });
  if (worker.status !== 0) exitWithError(new Error("building the service worker failed (see above)"));
} else {
  console.log("build: up to date");
}

const database = await openCliDatabase();
try {
  await prepareDatabase(database, env);
} catch (error) {
  await database.close();
  exitWithError(error);
}
// The server process opens the database itself; the embedded folder takes one process at a time.
await database.close();

const port = process.env.PORT ?? "3000";
// One plain Node child (scripts/serve.mjs: Next's handler behind a server that records the socket
// address), so stopping `npm start` stops the server and releases the embedded database folder.
const server = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
  stdio: "inherit",
  env: { ...process.env, PORT: port, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`serving on http://localhost:${port} (pid ${server.pid})`);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => server.kill(signal));
process.on("exit", () => server.kill("SIGTERM"));
server.on("exit", (code) => process.exit(code ?? 0));
