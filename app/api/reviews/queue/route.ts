import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseInput } from "@/server/http";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { queueParamsSchema } from "@/server/reviews/review-inputs";

/** GET /api/reviews/queue[?topic=<id>]: today's queue, or one topic's cards for a topic session. */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const params = parseInput(Object.fromEntries(new URL(request.url).searchParams), queueParamsSchema);
    return loadReviewQueue(await getDb(), user.id, { topicId: params.topic }, new Date());
  });
}
