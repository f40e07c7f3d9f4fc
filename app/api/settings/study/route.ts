import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { studySettingsInputSchema } from "@/server/reviews/review-inputs";
import { saveStudySettings } from "@/server/reviews/save-study-settings";

/** PUT /api/settings/study: save the review settings (the fields of lib/srs's studySettingsSchema). */
export async function PUT(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const settings = await parseJsonBody(request, studySettingsInputSchema);
    return saveStudySettings(await getDb(), user.id, settings);
  });
}
