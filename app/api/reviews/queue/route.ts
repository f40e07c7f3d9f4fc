import { apiRoute } from "@/server/http/route";
import { loadCustomQueue } from "@/server/reviews/load-custom-queue";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { parseQueueParams } from "@/server/reviews/review-inputs";

/**
 * GET /api/reviews/queue: today's queue; ?topic=<id> for a topic session; or a custom session with
 * ?custom=new|ahead|forgot&limit=<n>&since=<ISO> and one of topic, assignment or topicSet; ?day=next for
 * the daily queue as it will stand when the next study day starts (kept on the device for offline study).
 */
export const GET = apiRoute({ access: "student" }, ({ user, request, db, now }) => {
  // The scope decides which schema applies (custom sessions have three more fields), so it is parsed here.
  const params = parseQueueParams(Object.fromEntries(new URL(request.url).searchParams));
  return params.custom ? loadCustomQueue(db, user.id, params.custom, now) : loadReviewQueue(db, user.id, { topicId: params.topicId, nextDay: params.nextDay }, now);
});
