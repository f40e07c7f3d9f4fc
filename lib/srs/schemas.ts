// The zod schemas of the scheduler's values, apart from the values' own modules: the review screen
// schedules on the device with card-state.ts and schedule-review.ts, and importing those must not
// bundle zod (docs/decisions/018-lean-pages-and-the-nonce.md). The server parses with these.
import { z } from "zod";
import { CARD_STATE_NAMES } from "./card-state";

export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: "Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
});

const count = z.number().int().min(0);

/** Validates a schedule read from outside typed code (JSON snapshot, client payload). */
export const cardScheduleSchema = z
  .object({
    due: z.coerce.date({ error: "Card due date must be a valid date" }),
    stability: z.number().min(0, { error: "Stability cannot be negative" }),
    difficulty: z.number().min(0).max(10, { error: "Difficulty must be between 0 and 10" }),
    elapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    state: z.enum(CARD_STATE_NAMES, { error: "Card state must be new, learning, review or relearning" }),
    lastReview: z.coerce.date().nullable(),
  })
  .refine((s) => s.state === "new" || (s.lastReview !== null && s.stability > 0), {
    error: "A card that has been reviewed needs a last review date and a positive stability",
  });

export const reviewLogEntrySchema = z.object({
  rating: gradeSchema,
  state: z.enum(CARD_STATE_NAMES),
  due: z.coerce.date(),
  stability: z.number().min(0),
  difficulty: z.number().min(0).max(10),
  elapsedDays: z.number().int().min(0),
  scheduledDays: z.number().int().min(0),
  reviewedAt: z.coerce.date(),
  learningSteps: z.number().int().min(0),
  lastElapsedDays: z.number().int().min(0),
  lastReview: z.coerce.date().nullable(),
});

