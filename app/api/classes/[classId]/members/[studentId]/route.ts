import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute } from "@/server/http";
import { removeStudent } from "@/server/classes/remove-student";

type Context = { params: Promise<{ classId: string; studentId: string }> };

/** Removes a student from the class; their own study history stays with them. */
export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId, studentId } = await params;
    await removeStudent(await getDb(), teacher.id, classId, studentId);
    return { removed: true };
  });
}
