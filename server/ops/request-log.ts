import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { loadRoutePatterns, type RoutePatternOf } from "./route-patterns";

/**
 * One JSON line per HTTP request, written when the response closes: method, route (the app folder's
 * pattern such as "/api/topics/[id]": never the path's ids nor the query string, which can carry
 * tokens or return paths), status, latency. It listens on Node's own
 * http diagnostics channels, so it sees every request Next serves (pages, assets, route handlers)
 * without wrapping Next's server. It also keeps count of requests in flight and the server they
 * arrived on, for the graceful shutdown.
 */
interface RequestStart {
  request: IncomingMessage;
  response: ServerResponse;
  server: Server;
}

const servers = new Set<Server>();
let inFlight = 0;
const idleWaiters = new Set<() => void>();

export function requestsInFlight(): number {
  return inFlight;
}

export function httpServers(): Server[] {
  return [...servers];
}

/** Resolves when no request is in flight (at once if none is). */
export function whenIdle(): Promise<void> {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => idleWaiters.add(resolve));
}

export function requestLogLine(
  fields: { method: string; url: string; status: number; ms: number; aborted: boolean },
  routeOf: RoutePatternOf,
): string {
  const path = fields.url.split("?")[0] ?? "";
  return JSON.stringify({
    time: new Date().toISOString(),
    level: fields.status >= 500 ? "error" : "info",
    msg: "request",
    method: fields.method,
    route: routeOf(path),
    status: fields.status,
    ms: Math.round(fields.ms * 10) / 10,
    ...(fields.aborted ? { aborted: true } : {}),
  });
}

let installed = false;

export function installRequestLog(options: { log: boolean }): void {
  if (installed) return;
  installed = true;
  const routeOf = options.log ? loadRoutePatterns() : () => "";
  subscribe("http.server.request.start", (message) => {
    const { request, response, server } = message as RequestStart;
    servers.add(server);
    inFlight++;
    const started = performance.now();
    response.once("close", () => {
      inFlight--;
      if (options.log) {
        const line = requestLogLine({
          method: request.method ?? "GET",
          url: request.url ?? "",
          status: response.statusCode,
          ms: performance.now() - started,
          aborted: !response.writableFinished,
        }, routeOf);
        process.stdout.write(`${line}\n`);
      }
      if (inFlight === 0) {
        for (const resolve of idleWaiters) resolve();
        idleWaiters.clear();
      }
    });
  });
}
