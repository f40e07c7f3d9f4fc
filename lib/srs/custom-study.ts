import { z } from "zod";

/** Most cards one custom session may hold. */
export const MAX_CUSTOM_CARDS = 200;

export const CUSTOM_STUDY_MODES = ["new", "ahead", "forgot"] as const;
export type CustomStudyMode = (typeof CUSTOM_STUDY_MODES)[number];

/** What each mode does to the schedule, shown before the session starts and on the session itself. */
export const CUSTOM_STUDY_EFFECT: Record<CustomStudyMode, { label: string; effect: string }> = {
  new: {
    label: "New cards beyond today's limit",
    effect:
      "These cards are introduced today, on top of your daily new-card limit. Each new card brings its own reviews over the next weeks, so the coming days get busier.",
  },
  ahead: {
    label: "Review ahead",
    effect:
      "Cards not due yet, soonest first. Each answer is recorded with today's real date, so FSRS credits an early review for what it is: a card you already knew gains less, and its next interval is counted from today. Nothing is pulled earlier than FSRS schedules it.",
  },
  forgot: {
    label: "Cards I forgot today",
    effect: "Cards you answered Again today and have not recalled since. They are graded as ordinary same-day reviews, exactly as in your normal queue.",
  },
};

const limitMessage = `Number of cards must be a whole number from 1 to ${MAX_CUSTOM_CARDS}`;

/** A custom session's query string: a mode, how many cards, and when it started (new and ahead count from then). */
export const customStudyParamsSchema = z.object({
  custom: z.enum(CUSTOM_STUDY_MODES, { error: 'custom must be "new", "ahead" or "forgot"' }),
  limit: z.coerce
    .number({ error: limitMessage })
    .int({ error: limitMessage })
    .min(1, { error: limitMessage })
    .max(MAX_CUSTOM_CARDS, { error: limitMessage }),
  since: z.iso.datetime({ error: "since must be an ISO date-time such as 2026-05-11T06:30:00.000Z" }),
});
export type CustomStudyParams = z.output<typeof customStudyParamsSchema>;
