import "./lib/survive-closed-output.mjs";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseServerEnv } from "@/server/env";
import { targetFromEnv } from "@/server/db/database-target";
import { openCliDatabase, exitWithError } from "./cli-database";
import { prepareDatabase } from "./prepare-database";
import { buildApp, isBuildCurrent } from "./lib/build-app";

// `npm start`: build when the sources changed, prepare the database, then serve.
const env = (() => {
  try {
    return parseServerEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" });
  } catch (error) {
    exitWithError(error);
  }
})();
targetFromEnv(env);

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (process.env.SKIP_BUILD !== "1" && !isBuildCurrent(distDir)) {
  console.log("build: sources changed since the last build, building…");
  try {
    buildApp(distDir, "inherit");
  } catch (error) {
    exitWithError(error);
  }
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
