import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { updateAssignmentSchema } from "@/lib/classes/inputs";
import { updateAssignment } from "@/server/classes/update-assignment";

type Context = { params: Promise<{ classId: string; assignmentId: string }> };

/** `{ dueAt?, archived? }`: moves the due date, or archives / restores the assignment. */
export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId, assignmentId } = await params;
    const input = await parseJsonBody(request, updateAssignmentSchema);
    return updateAssignment(await getDb(), teacher.id, classId, assignmentId, input, new Date());
  });
}
