import "server-only";
import { z } from "zod";
import { customStudyParamsSchema, gradeSchema, studySettingsSchema } from "@/lib/srs";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/http/parse-input";
import type { StudyScope } from "@/server/queries/review-custom";

/** As in Anki: time beyond this on one card is not counted as study time. */
export const MAX_ANSWER_MS = 120_000;

const reviewId = z.uuid({ error: "reviewId must be a UUID made by the client for this answer (crypto.randomUUID())" });
const cardId = z
  .string({ error: "cardId must be a flashcard id" })
  .trim()
  .min(1, { error: "cardId must be a flashcard id" })
  .max(200, { error: "cardId is too long to be a flashcard id" });

const onlyKnownFields = (fields: string) => ({
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unexpected field ${(issue.keys ?? []).map((k) => `"${k}"`).join(", ")}: send only ${fields}` : undefined,
});

export const gradeInputSchema = z.strictObject({
  reviewId,
  cardId,
  rating: gradeSchema,
  baseVersion: z
    .number({ error: "baseVersion must be the card's version from the queue (a whole number, 0 for a new card)" })
    .int({ error: "baseVersion must be a whole number" })
    .min(0, { error: "baseVersion cannot be negative" }),
  // Time from showing the card to answering it. Capped, not refused: a card left open over lunch
  // should not count as an hour of study, nor lose the answer.
  durationMs: z
    .number({ error: "durationMs must be a number of milliseconds" })
    .int({ error: "durationMs must be a whole number of milliseconds" })
    .min(0, { error: "durationMs cannot be negative" })
    .transform((ms) => Math.min(ms, MAX_ANSWER_MS))
    .default(0),
  // Sent with answers that waited on the device (offline, or a reload before they were saved): the
  // schedule is worked out at that time, and a card answered elsewhere since follows note 013.
  answeredAt: z.iso
    .datetime({ offset: true, error: "answeredAt must be an ISO date-time such as 2026-05-11T06:30:00.000Z" })
    .optional(),
}, onlyKnownFields("reviewId, cardId, rating, baseVersion, durationMs and answeredAt (the server works out the schedule itself)"));
export type GradeInput = z.output<typeof gradeInputSchema>;

export const resetInputSchema = z.strictObject({ cardId }, onlyKnownFields("cardId"));

export const undoInputSchema = z.strictObject({ reviewId }, onlyKnownFields("reviewId"));
export type UndoInput = z.output<typeof undoInputSchema>;

export const cardFlagsInputSchema = z
  .strictObject({
    cardId,
    suspended: z.boolean({ error: "suspended must be true or false" }).optional(),
    flagged: z.boolean({ error: "flagged must be true or false" }).optional(),
  }, onlyKnownFields("cardId, suspended and flagged"))
  .refine((input) => input.suspended !== undefined || input.flagged !== undefined, {
    error: "Say what to change: suspended, flagged or both",
  });
export type CardFlagsInput = z.output<typeof cardFlagsInputSchema>;

const idParam = (name: string, what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${name} must be ${what}` })
    .max(200, { error: `${name} is too long to be ${what}` })
    .optional();

export const queueParamsSchema = z.object({
  topic: idParam("topic", "a topic id"),
  assignment: idParam("assignment", "an assignment id"),
  topicSet: idParam("topicSet", "a topic set id"),
  custom: z.string().optional(),
  /** "next": the queue as it will stand when the next study day starts, kept on the device for offline study. */
  day: z.enum(["next"], { error: 'day must be "next" (or left out for today)' }).optional(),
});

/** The scope and, for a custom session, its mode, size and start (see customStudyParamsSchema). */
export function parseQueueParams(raw: Record<string, string>) {
  const params = parseInput(raw, queueParamsSchema);
  const scopes = [params.topic && { topic: params.topic }, params.assignment && { assignment: params.assignment }, params.topicSet && { topicSet: params.topicSet }].filter(
    (s): s is StudyScope => Boolean(s),
  );
  if (scopes.length > 1) throw new AppError("invalid_input", "Give one of topic, assignment or topicSet, not several.");
  if (params.day && (params.custom !== undefined || scopes.length > 0)) throw new AppError("invalid_input", "day=next is for the daily queue only, without topic, assignment, topic set or custom.");
  if (params.custom === undefined) {
    if (params.assignment || params.topicSet) throw new AppError("invalid_input", "An assignment or topic set is studied in a custom session: add custom=new, ahead or forgot.");
    return { topicId: params.topic, custom: null, nextDay: params.day === "next" };
  }
  const custom = parseInput(raw, customStudyParamsSchema);
  if (scopes.length === 0 && custom.custom !== "forgot") throw new AppError("invalid_input", "Say what to study: a topic, an assignment or a topic set.");
  return { topicId: undefined, custom: { scope: scopes[0] ?? null, params: custom }, nextDay: false };
}

export const summaryParamsSchema = z.object({
  since: z.iso.datetime({ error: "since must be an ISO date-time such as 2026-05-11T06:30:00.000Z" }),
});

// Strict, so a misspelt field is refused rather than silently ignored; a missing one takes its default.
export const studySettingsInputSchema = z.strictObject(
  studySettingsSchema.omit({ fsrsParameters: true }).shape,
  onlyKnownFields("desiredRetention, newCardsPerDay, maxReviewsPerDay, learningSteps, relearningSteps, timeZone, dayStartHour and burySiblings"),
);
