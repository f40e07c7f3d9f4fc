import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { joinCodeSettingsSchema } from "@/lib/classes/inputs";
import { rotateJoinCode, updateJoinCodeSettings } from "@/server/classes/update-join-code";

type Context = { params: Promise<{ classId: string }> };

/** Replaces the class's join code with a new one; the old code and link stop working. */
export async function POST(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId } = await params;
    return rotateJoinCode(await getDb(), teacher.id, classId, new Date());
  });
}

/** `{ enabled?, expiresAt? }`: turns joining on or off, or sets when the code expires. */
export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId } = await params;
    const input = await parseJsonBody(request, joinCodeSettingsSchema);
    return updateJoinCodeSettings(await getDb(), teacher.id, classId, input, new Date());
  });
}
