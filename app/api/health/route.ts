import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/route";
import { checkReadiness } from "@/server/ops/readiness";

export const dynamic = "force-dynamic";

/**
 * GET /api/health: liveness (the process serves requests; no database work).
 * GET /api/health?ready=1: readiness: a database round trip and the migration state; 503 when not ready.
 */
export const GET = apiRoute({ access: "anonymous" }, async ({ request }) => {
  if (!new URL(request.url).searchParams.has("ready")) {
    return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  }
  const readiness = await checkReadiness();
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "not ready", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
});
