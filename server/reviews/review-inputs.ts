import "server-only";
import { z } from "zod";
import { gradeSchema, studySettingsSchema } from "@/lib/srs";

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
}, onlyKnownFields("reviewId, cardId, rating, baseVersion and durationMs (the server works out the schedule itself)"));
export type GradeInput = z.output<typeof gradeInputSchema>;

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

export const queueParamsSchema = z.object({
  topic: z
    .string()
    .trim()
    .min(1, { error: "topic must be a topic id" })
    .max(200, { error: "topic is too long to be a topic id" })
    .optional(),
});

export const summaryParamsSchema = z.object({
  since: z.iso.datetime({ error: "since must be an ISO date-time such as 2026-05-11T06:30:00.000Z" }),
});

// Strict, so a misspelt field is refused rather than silently ignored; a missing one takes its default.
export const studySettingsInputSchema = z.strictObject(
  studySettingsSchema.shape,
  onlyKnownFields("desiredRetention, newCardsPerDay, maxReviewsPerDay, learningSteps, relearningSteps, timeZone and dayStartHour"),
);
