import { apiRoute } from "@/server/http/route";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { queueParamsSchema } from "@/server/reviews/review-inputs";

/** GET /api/reviews/queue[?topic=<id>]: today's queue, or one topic's cards for a topic session. */
export const GET = apiRoute({ access: "student", query: queueParamsSchema }, ({ user, query, db, now }) => loadReviewQueue(db, user.id, { topicId: query.topic }, now));
