import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { createAssignmentSchema } from "@/lib/classes/inputs";
import { createAssignment } from "@/server/classes/create-assignment";

type Context = { params: Promise<{ classId: string }> };

/** `{ topicSetId, kind, startsAt, dueAt, questionCount?, timeLimitMinutes? }`: assigns a topic set to the class. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId } = await params;
    const input = await parseJsonBody(request, createAssignmentSchema);
    return createAssignment(await getDb(), teacher.id, classId, input, new Date());
  }, 201);
}
