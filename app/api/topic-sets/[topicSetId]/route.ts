import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { topicSetSchema } from "@/lib/classes/inputs";
import { updateTopicSet } from "@/server/classes/update-topic-set";
import { deleteTopicSet } from "@/server/classes/delete-topic-set";

type Context = { params: Promise<{ topicSetId: string }> };

/** `{ name, topicIds, questionIds? }`: replaces the set's name and selection. */
export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { topicSetId } = await params;
    const input = await parseJsonBody(request, topicSetSchema);
    return updateTopicSet(await getDb(), teacher.id, topicSetId, input);
  });
}

/** Deletes a topic set no assignment uses. */
export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { topicSetId } = await params;
    await deleteTopicSet(await getDb(), teacher.id, topicSetId);
    return { deleted: true };
  });
}
