import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { topicSetSchema } from "@/lib/classes/inputs";
import { createTopicSet } from "@/server/classes/create-topic-set";

/** `{ name, topicIds, questionIds? }`: a reusable selection of topics (and optionally questions). */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const input = await parseJsonBody(request, topicSetSchema);
    return createTopicSet(await getDb(), teacher.id, input, new Date());
  }, 201);
}
