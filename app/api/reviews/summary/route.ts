import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseInput } from "@/server/http";
import { getSessionSummary } from "@/server/queries/review-summary";
import { summaryParamsSchema } from "@/server/reviews/review-inputs";

/** GET /api/reviews/summary?since=<ISO time>: what the session since then achieved, and tomorrow's load. */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const params = parseInput(Object.fromEntries(new URL(request.url).searchParams), summaryParamsSchema);
    return getSessionSummary(await getDb(), user.id, new Date(params.since), new Date());
  });
}
