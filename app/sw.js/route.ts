import { readFile } from "node:fs/promises";
import path from "node:path";

// The service worker built by scripts/build-service-worker.ts into this build's folder. Not under
// app/api: it is a script for the browser, public like the build's other files.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "sw.js");
  const source = await readFile(file, "utf8").catch(() => null);
  if (source === null) return new Response("No service worker in this build (npm run build makes one).", { status: 404 });
  return new Response(source, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // The browser checks for a new worker on each visit; a stale one would serve an old app.
      "Cache-Control": "no-cache",
      "Service-Worker-Allowed": "/",
    },
  });
}
