// The production HTTP server `npm start` runs: Next's request handler behind a plain Node server
// that appends the TCP peer's address to X-Forwarded-For (Next itself only fills the header when it
// is missing, which would let a client choose the address that rate limits key on). See
// lib/auth/client-ip.ts for how the chain is read with TRUSTED_PROXIES.
import "./lib/survive-closed-output.mjs";
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
// Every interface, as `next start` does (not $HOSTNAME, which containers set to their own name).
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  const chain = Array.isArray(sent) ? sent.join(", ") : sent;
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => console.log(`ready on http://localhost:${port}`));
// The app drains requests in flight and closes the database on SIGTERM and SIGINT
// (server/ops/graceful-shutdown.ts, installed from instrumentation.ts during prepare()); this quick
// exit is for SIGHUP, and for any signal if that handler is not installed.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (signal !== "SIGHUP" && globalThis.__dossierGracefulShutdown) return;
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
