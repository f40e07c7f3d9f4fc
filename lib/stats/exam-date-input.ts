import { z } from "zod";
import { daysBetween } from "./days";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_YEARS_AHEAD = 5;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const examDaySchema = z
  .string({ error: "Exam date must be a date written YYYY-MM-DD, or null to clear it" })
  .regex(DAY_PATTERN, { error: "Exam date must be a date written YYYY-MM-DD" })
  .refine(isCalendarDay, { error: "Exam date is not a real calendar day" });

/** The exam date as the API takes it: a real calendar day, or null to clear it. Whether it is ahead is judged per student. */
export const examDateBodySchema = z.strictObject({ examDate: examDaySchema.nullable() });

/** Why `day` cannot be the exam date seen from the student's `today`, or null when it can. */
export function examDateWindowError(today: string, day: string): string | null {
  if (daysBetween(today, day) <= 0) return `Exam date must be in the future (after ${today})`;
  if (daysBetween(today, day) > MAX_YEARS_AHEAD * 366) return `Exam date must be within ${MAX_YEARS_AHEAD} years`;
  return null;
}

/** The whole check for a given `today` (the student's current study day), for the form before it sends. */
export function examDateInputSchema(today: string) {
  return z.strictObject({
    examDate: examDaySchema
      .superRefine((day, ctx) => {
        const problem = isCalendarDay(day) ? examDateWindowError(today, day) : null;
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .nullable(),
  });
}

export type ExamDateInput = z.output<typeof examDateBodySchema>;
