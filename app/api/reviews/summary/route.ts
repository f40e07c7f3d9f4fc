import { apiRoute } from "@/server/http/route";
import { getSessionSummary } from "@/server/queries/review-summary";
import { summaryParamsSchema } from "@/server/reviews/review-inputs";

/** GET /api/reviews/summary?since=<ISO time>: what the session since then achieved, and tomorrow's load. */
export const GET = apiRoute({ access: "student", query: summaryParamsSchema }, ({ user, query, db, now }) => getSessionSummary(db, user.id, new Date(query.since), now));
