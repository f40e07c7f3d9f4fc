import type { EditableStudySettings, StudySettings } from "@/lib/srs";
import { api } from "@/components/api-client";

/** PUT /api/settings/study; a refusal is an ApiError whose fieldErrors name the settings to fix. */
export const saveSettings = (settings: Record<keyof EditableStudySettings, unknown>) => api.put<StudySettings>("/api/settings/study", settings);

/** "1m 10m" or "1m, 10m" as the list the API takes. */
export const parseSteps = (text: string) => text.split(/[\s,]+/).filter((step) => step.length > 0);

/** A number field as sent: blank means missing (refused with the field's message), not zero. */
export const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));
