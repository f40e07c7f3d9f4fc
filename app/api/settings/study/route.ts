import { apiRoute } from "@/server/http/route";
import { studySettingsInputSchema } from "@/server/reviews/review-inputs";
import { saveStudySettings } from "@/server/reviews/save-study-settings";

/** PUT /api/settings/study: save the review settings (the fields of lib/srs's studySettingsSchema). */
export const PUT = apiRoute({ access: "student", body: studySettingsInputSchema }, ({ user, input, db }) => saveStudySettings(db, user.id, input));
