import type { StudySettings } from "@/lib/srs";

export type FieldErrors = Partial<Record<keyof StudySettings | "form", string>>;

export class SettingsError extends Error {
  constructor(readonly fields: FieldErrors) {
    super(fields.form ?? Object.values(fields)[0] ?? "The settings could not be saved.");
  }
}

/** PUT /api/settings/study; a refusal comes back as one message per field. */
export async function saveSettings(settings: Record<keyof StudySettings, unknown>): Promise<StudySettings> {
  let res: Response;
  try {
    res = await fetch("/api/settings/study", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(settings) });
  } catch {
    throw new SettingsError({ form: "The server could not be reached, so nothing was saved. Check your connection and try again." });
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as StudySettings;
  const error = (body as { error?: { message?: string; details?: { issues?: { path: string; message: string }[] } } } | null)?.error;
  const fields: FieldErrors = {};
  for (const issue of error?.details?.issues ?? []) {
    const field = (issue.path.split(".")[0] || "form") as keyof FieldErrors;
    fields[field] ??= issue.message;
  }
  if (Object.keys(fields).length === 0) fields.form = error?.message ?? `Saving failed (${res.status}). Try again.`;
  throw new SettingsError(fields);
}

/** "1m 10m" or "1m, 10m" as the list the API takes. */
export const parseSteps = (text: string) => text.split(/[\s,]+/).filter((step) => step.length > 0);

/** A number field as sent: blank means missing (refused with the field's message), not zero. */
export const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));
