import { z } from "zod";

/** A mock test holds at most this many questions (a full Prelims paper is 100). */
export const MAX_QUESTIONS = 100;

/** Longest time limit a student may choose: a full paper's two hours, with room to spare. */
export const MAX_TIME_LIMIT_MINUTES = 240;

const countMessage = `Number of questions must be a whole number from 1 to ${MAX_QUESTIONS}.`;
const minutesMessage = `Time limit must be from 1 to ${MAX_TIME_LIMIT_MINUTES} minutes.`;

/**
 * The mock-test form's two numbers, as typed. Out-of-range or empty values are refused with a
 * message for the field, rather than quietly clamped into a test the student did not ask for.
 */
export const mockTestFormSchema = z.object({
  count: z
    .string()
    .trim()
    .min(1, countMessage)
    .pipe(z.coerce.number<string>({ error: countMessage }).int(countMessage).min(1, countMessage).max(MAX_QUESTIONS, countMessage)),
  minutes: z
    .string()
    .trim()
    .min(1, minutesMessage)
    .pipe(z.coerce.number<string>({ error: minutesMessage }).min(1, minutesMessage).max(MAX_TIME_LIMIT_MINUTES, minutesMessage)),
});

export type MockTestFormErrors = Partial<Record<"count" | "minutes", string>>;

export function parseMockTestForm(input: { count: string; minutes: string }):
  | { ok: true; count: number; minutes: number }
  | { ok: false; errors: MockTestFormErrors } {
  const result = mockTestFormSchema.safeParse(input);
  if (result.success) return { ok: true, ...result.data };
  const errors: MockTestFormErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "count" || field === "minutes") && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}
