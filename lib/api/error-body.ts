import { z } from "zod";

/** One refused field: `path` is the zod path joined with dots ("steps.0"), `message` is for a person. */
export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * The JSON body of every failed API call (docs/decisions/008-route-wrapper.md). Field errors travel in
 * `issues`, never pasted into `message`, so a form can put each one beside its field.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(fieldIssueSchema).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** The first message for each top-level field: the shape a form shows beside its inputs. */
export function fieldErrorsFrom(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split(".")[0] ?? "";
    out[field] ??= issue.message;
  }
  return out;
}
