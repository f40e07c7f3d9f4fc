/** A mock test holds at most this many questions (a full Prelims paper is 100). */
export const MAX_QUESTIONS = 100;

/** Longest time limit a student may choose: a full paper's two hours, with room to spare. */
export const MAX_TIME_LIMIT_MINUTES = 240;

const countMessage = `Number of questions must be a whole number from 1 to ${MAX_QUESTIONS}.`;
const minutesMessage = `Time limit must be from 1 to ${MAX_TIME_LIMIT_MINUTES} minutes.`;

/** A typed number, trimmed; NaN when empty or not a number (as zod's coerce would refuse it). */
function typedNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? NaN : Number(trimmed);
}

export type MockTestFormErrors = Partial<Record<"count" | "minutes", string>>;

/**
 * The mock-test form's two numbers, as typed. Out-of-range or empty values are refused with a
 * message for the field, rather than quietly clamped into a test the student did not ask for.
 * A plain check, not zod: this runs in the browser, where zod would add about 26 kB gzip to the
 * practice page; the server parses the request again with zod (server/quiz/start-mock-test.ts).
 */
export function parseMockTestForm(input: { count: string; minutes: string }):
  | { ok: true; count: number; minutes: number }
  | { ok: false; errors: MockTestFormErrors } {
  const count = typedNumber(input.count);
  const minutes = typedNumber(input.minutes);
  const errors: MockTestFormErrors = {};
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS) errors.count = countMessage;
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > MAX_TIME_LIMIT_MINUTES) errors.minutes = minutesMessage;
  if (errors.count || errors.minutes) return { ok: false, errors };
  return { ok: true, count, minutes };
}
