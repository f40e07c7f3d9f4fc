import { z } from "zod";
import { daysBetween } from "./days";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_YEARS_AHEAD = 5;

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The exam date form: a calendar day after `today` (the student's current study day), or null to
 * clear it. Built per request because "in the future" depends on the student's own day.
 */
export function examDateInputSchema(today: string) {
  return z.strictObject({
    examDate: z
      .string({ error: "Exam date must be a date written YYYY-MM-DD, or null to clear it" })
      .regex(DAY_PATTERN, { error: "Exam date must be a date written YYYY-MM-DD" })
      .refine(isCalendarDay, { error: "Exam date is not a real calendar day" })
      .refine((day) => !isCalendarDay(day) || daysBetween(today, day) > 0, {
        error: `Exam date must be in the future (after ${today})`,
      })
      .refine((day) => !isCalendarDay(day) || daysBetween(today, day) <= MAX_YEARS_AHEAD * 366, {
        error: `Exam date must be within ${MAX_YEARS_AHEAD} years`,
      })
      .nullable(),
  });
}

export type ExamDateInput = z.output<ReturnType<typeof examDateInputSchema>>;
