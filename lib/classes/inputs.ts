import { z } from "zod";
import { normalizeJoinCode } from "./join-code";

/** Every body the class, topic-set and assignment routes accept, with messages a person can act on. */

const name = (what: string) =>
  z
    .string({ error: `Enter a ${what} name.` })
    .trim()
    .min(1, `Enter a ${what} name.`)
    .max(80, `Keep the ${what} name under 80 characters.`);

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `${what} must be a date and time, like 2026-12-01T18:00:00+05:30.` })
    .transform((s) => new Date(s));

const id = (what: string) => z.string({ error: `${what} must be text.` }).trim().min(1, `Choose a ${what}.`).max(100, `That ${what} id is too long.`);

export const createClassSchema = z.strictObject({
  name: name("class"),
  examYear: z
    .number({ error: "Exam year must be a year such as 2027." })
    .int("Exam year must be a whole year such as 2027.")
    .min(2020, "Exam year must be 2020 or later.")
    .max(2100, "Exam year must be 2100 or earlier."),
});

export const joinCodeSettingsSchema = z
  .strictObject({
    enabled: z.boolean({ error: "enabled must be true or false." }).optional(),
    expiresAt: instant("The expiry").nullable().optional(),
  })
  .refine((v) => v.enabled !== undefined || v.expiresAt !== undefined, { error: "Say whether the code is enabled, or when it expires." });

export const joinClassSchema = z.strictObject({
  code: z
    .string({ error: "Enter the join code your teacher gave you." })
    .max(40, "A join code has 10 letters and digits, like ABCDE-FGH23.")
    .transform((raw, ctx) => {
      const code = normalizeJoinCode(raw);
      if (code === null) {
        ctx.addIssue({ code: "custom", message: raw.trim() === "" ? "Enter the join code your teacher gave you." : "A join code has 10 letters and digits, like ABCDE-FGH23." });
        return z.NEVER;
      }
      return code;
    }),
});

const distinctIds = (what: string, min: number, message: string) =>
  z
    .array(id(what), { error: `${what}s must be a list.` })
    .min(min, message)
    .max(500, `Choose at most 500 ${what}s.`)
    .refine((ids) => new Set(ids).size === ids.length, `A ${what} is listed twice.`);

export const topicSetSchema = z.strictObject({
  name: name("topic set"),
  topicIds: distinctIds("topic", 1, "Choose at least one topic: a topic set cannot be empty."),
  questionIds: distinctIds("question", 0, "").default([]),
});

export const ASSIGNMENT_KINDS = ["review", "practice", "both"] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];
export const hasTest = (kind: AssignmentKind) => kind !== "review";
export const hasReview = (kind: AssignmentKind) => kind !== "practice";

export const createAssignmentSchema = z
  .strictObject({
    topicSetId: id("topic set"),
    kind: z.enum(ASSIGNMENT_KINDS, { error: "Kind must be review, practice or both." }),
    startsAt: instant("The start"),
    dueAt: instant("The due date"),
    questionCount: z.number({ error: "Question count must be a number." }).int("Question count must be a whole number.").min(1, "A test needs at least 1 question.").max(100, "A test can have at most 100 questions.").optional(),
    timeLimitMinutes: z.number({ error: "Time limit must be a number of minutes." }).int("Time limit must be whole minutes.").min(1, "The time limit must be at least 1 minute.").max(240, "The time limit can be at most 240 minutes.").optional(),
  })
  .superRefine((v, ctx) => {
    // Refinements still run when a field failed to parse; compare only two real dates.
    if (v.dueAt instanceof Date && v.startsAt instanceof Date && v.dueAt.getTime() <= v.startsAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the start date." });
    }
    if (hasTest(v.kind)) {
      if (v.questionCount === undefined) ctx.addIssue({ code: "custom", path: ["questionCount"], message: "Say how many questions the test has." });
      if (v.timeLimitMinutes === undefined) ctx.addIssue({ code: "custom", path: ["timeLimitMinutes"], message: "Set a time limit for the test." });
    }
  });

export const updateAssignmentSchema = z
  .strictObject({
    dueAt: instant("The due date").optional(),
    archived: z.boolean({ error: "archived must be true or false." }).optional(),
  })
  .refine((v) => v.dueAt !== undefined || v.archived !== undefined, { error: "Send a new due date, or archived: true or false." });

export type CreateClassInput = z.infer<typeof createClassSchema>;
export type JoinCodeSettingsInput = z.infer<typeof joinCodeSettingsSchema>;
export type JoinClassInput = z.infer<typeof joinClassSchema>;
export type TopicSetInput = z.infer<typeof topicSetSchema>;
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;
