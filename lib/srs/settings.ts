import { z } from "zod";
import type { StepUnit } from "ts-fsrs";
import { canonicalTimeZone, DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/time/time-zones";

/** A (re)learning step such as "1m", "10m", "1h" or "1d": a whole number above zero and a unit. */
const STEP_PATTERN = /^[1-9]\d{0,4}[mhd]$/;

export function isStepUnit(value: unknown): value is StepUnit {
  return typeof value === "string" && STEP_PATTERN.test(value);
}

const stepList = (label: string, defaults: StepUnit[]) =>
  z
    .array(
      z.custom<StepUnit>(isStepUnit, {
        error: `${label} must look like 1m, 10m, 1h or 1d (a whole number followed by m, h or d)`,
      }),
      { error: `${label} must be a list of steps such as ["1m", "10m"]` },
    )
    .max(10, { error: `${label} can have at most 10 steps` })
    .default(defaults);

const wholeNumber = (label: string, min: number, max: number, fallback: number) => {
  const message = `${label} must be a whole number between ${min} and ${max}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message })
    .default(fallback);
};

/** FSRS-6 has 21 weights; ts-fsrs 5 and the optimizer binding both use this layout. */
export const FSRS6_PARAMETER_COUNT = 21;

const parametersMessage = `FSRS parameters must be empty (the defaults) or ${FSRS6_PARAMETER_COUNT} finite numbers`;

const fsrsParametersSchema = z
  .array(z.number({ error: parametersMessage }).finite({ error: parametersMessage }), { error: parametersMessage })
  .refine((w) => w.length === 0 || w.length === FSRS6_PARAMETER_COUNT, { error: parametersMessage });

const retentionMessage = "Desired retention must be between 0.70 and 0.97";

/** A student's review settings. Every field has a default, so `parse({})` gives the defaults. */
export const studySettingsSchema = z.object({
  desiredRetention: z
    .number({ error: retentionMessage })
    .min(0.7, { error: retentionMessage })
    .max(0.97, { error: retentionMessage })
    .default(0.9),
  newCardsPerDay: wholeNumber("New cards per day", 0, 500, 20),
  maxReviewsPerDay: wholeNumber("Maximum reviews per day", 1, 10000, 200),
  learningSteps: stepList("Learning steps", ["1m", "10m"]),
  relearningSteps: stepList("Relearning steps", ["10m"]),
  timeZone: z
    .string({ error: "Time zone must be an IANA name such as Asia/Kolkata" })
    .refine(isTimeZone, { error: "Time zone must be an IANA name such as Asia/Kolkata" })
    // One name per zone: a stored "Asia/Calcutta" reads back, and saves, as "Asia/Kolkata".
    .transform(canonicalTimeZone)
    .default(DEFAULT_TIME_ZONE),
  dayStartHour: wholeNumber("Day start hour", 0, 23, 4),
  /** Once a card is studied, other new and review cards on the same fact wait for the next study day. */
  burySiblings: z.boolean({ error: "Bury related cards must be true or false" }).default(true),
  /**
   * The student's own FSRS-6 weights from the optimizer (lib/srs/optimizer), or empty for the FSRS-6
   * defaults. Set only by the optimizer and "return to defaults", never by the settings form.
   */
  fsrsParameters: fsrsParametersSchema.default([]),
});

export type StudySettings = z.output<typeof studySettingsSchema>;
export type StudySettingsInput = z.input<typeof studySettingsSchema>;
/** The settings a student edits in the form: all but the optimizer's parameters. */
export type EditableStudySettings = Omit<StudySettings, "fsrsParameters">;

export const DEFAULT_STUDY_SETTINGS: StudySettings = studySettingsSchema.parse({});

/** Parses settings from outside (a form, a database row); throws a ZodError with the messages above. */
export function parseStudySettings(input: unknown): StudySettings {
  return studySettingsSchema.parse(input);
}
