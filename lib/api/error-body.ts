/** One refused field: `path` is the zod path joined with dots ("steps.0"), `message` is for a person. */
export type FieldIssue = { path: string; message: string };

/**
 * The JSON body of every failed API call (docs/decisions/008-route-wrapper.md). Field errors travel in
 * `issues`, never pasted into `message`, so a form can put each one beside its field.
 */
export type ApiErrorBody = { error: { code: string; message: string; issues?: FieldIssue[] } };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isFieldIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) && typeof value.path === "string" && typeof value.message === "string";

/**
 * Reads a failed response's body, or null when it is not our error shape. A plain check rather than a
 * zod schema: this runs in every interactive page (components/api-client.ts), where zod would add
 * about 21 kB gzip, and the body comes from our own server, whose routes parse their input with zod
 * (server/http/route.ts). Extra keys are dropped, as a zod object would drop them.
 */
export function readApiErrorBody(body: unknown): ApiErrorBody | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, issues } = body.error;
  if (typeof code !== "string" || typeof message !== "string") return null;
  if (issues === undefined) return { error: { code, message } };
  if (!Array.isArray(issues) || !issues.every(isFieldIssue)) return null;
  return { error: { code, message, issues: issues.map(({ path, message }) => ({ path, message })) } };
}

/** The first message for each top-level field: the shape a form shows beside its inputs. */
export function fieldErrorsFrom(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split(".")[0] ?? "";
    out[field] ??= issue.message;
  }
  return out;
}
