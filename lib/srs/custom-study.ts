import { z } from "zod";
import { CUSTOM_STUDY_MODES, MAX_CUSTOM_CARDS } from "./custom-study-modes";

export { CUSTOM_STUDY_EFFECT, CUSTOM_STUDY_MODES, MAX_CUSTOM_CARDS, type CustomStudyMode } from "./custom-study-modes";

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
