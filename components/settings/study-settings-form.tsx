"use client";
import { useEffect, useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import type { EditableStudySettings, StudySettings } from "@/lib/srs";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { SelectField } from "./select-field";
import { browserTimeZone, hourLabel, timeZoneOptions } from "./time-zones";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { numberOrNull, parseSteps, saveSettings } from "./save-settings";

type Values = Record<keyof EditableStudySettings, string>;

const toValues = (s: StudySettings): Values => ({
  desiredRetention: s.desiredRetention.toFixed(2),
  newCardsPerDay: String(s.newCardsPerDay),
  maxReviewsPerDay: String(s.maxReviewsPerDay),
  learningSteps: s.learningSteps.join(" "),
  relearningSteps: s.relearningSteps.join(" "),
  timeZone: s.timeZone,
  dayStartHour: String(s.dayStartHour),
  burySiblings: String(s.burySiblings),
});

/** The review settings, each explained; saving shows a confirmation or says what to fix, field by field. */
export function StudySettingsForm({ initial }: { initial: StudySettings }) {
  const [values, setValues] = useState<Values>(() => toValues(initial));
  const [zones, setZones] = useState<string[]>(() => [initial.timeZone]);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  const { formRef, errorFor, formError, hasFieldErrors, fields, fail, clear } = useFieldErrors();
  const save = useMutation({ mutationFn: saveSettings });

  // The form always shows the stored zone; the browser's own is only offered, never filled in,
  // so saving another field cannot move the study day.
  useEffect(() => {
    const own = browserTimeZone();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setZones(timeZoneOptions(initial.timeZone, own ?? ""));
    setBrowserZone(own);
  }, [initial]);

  const set = (key: keyof Values) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: event.target.value }));
    save.reset();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    save.mutate(
      {
        desiredRetention: numberOrNull(values.desiredRetention),
        newCardsPerDay: numberOrNull(values.newCardsPerDay),
        maxReviewsPerDay: numberOrNull(values.maxReviewsPerDay),
        learningSteps: parseSteps(values.learningSteps),
        relearningSteps: parseSteps(values.relearningSteps),
        timeZone: values.timeZone,
        dayStartHour: numberOrNull(values.dayStartHour),
        burySiblings: values.burySiblings === "true",
      },
      {
        onSuccess: (saved) => {
          setValues(toValues(saved));
        },
        onError: (error) => fail(error),
      },
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex max-w-xl flex-col gap-5">
      <Field label="Desired retention" name="desiredRetention" type="number" inputMode="decimal" step="0.01" min="0.70" max="0.97" required value={values.desiredRetention} onChange={set("desiredRetention")} error={errorFor("desiredRetention")}
        hint="The chance of remembering a card when it comes back, from 0.70 to 0.97. 0.90 is a good balance; higher means more reviews each day (0.95 is roughly twice the work of 0.90)." />
      <Field label="New cards per day" name="newCardsPerDay" type="number" inputMode="numeric" step="1" min="0" max="500" required value={values.newCardsPerDay} onChange={set("newCardsPerDay")} error={errorFor("newCardsPerDay")}
        hint="How many unseen cards to introduce each day (0 to 500). Each new card brings several reviews over the next weeks, so add slowly. Cards you add from a test's mistakes come in the same day on top of this limit and do not use it up." />
      <Field label="Maximum reviews per day" name="maxReviewsPerDay" type="number" inputMode="numeric" step="1" min="1" max="10000" required value={values.maxReviewsPerDay} onChange={set("maxReviewsPerDay")} error={errorFor("maxReviewsPerDay")}
        hint="A ceiling on due cards shown in a day (1 to 10,000). Cards over the limit wait for tomorrow, most at risk first." />
      <Field label="Learning steps" name="learningSteps" required value={values.learningSteps} onChange={set("learningSteps")} error={errorFor("learningSteps")}
        hint="The short waits a new card goes through before it is scheduled in days, separated by spaces: m for minutes, h for hours, d for days (for example 1m 10m)." />
      <Field label="Relearning steps" name="relearningSteps" value={values.relearningSteps} onChange={set("relearningSteps")} error={errorFor("relearningSteps")}
        hint="The same for a card you forgot (graded Again): for example 10m. Leave empty to go straight back to days." />
      <SelectField label="Time zone" name="timeZone" value={values.timeZone} onChange={set("timeZone")} error={errorFor("timeZone")}
        options={zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        hint="Your day is counted in this time zone, so “today” means your day." />
      {browserZone && browserZone !== values.timeZone && (
        <p className="-mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          Your browser is set to {browserZone.replaceAll("_", " ")}.
          <Button type="button" variant="secondary" onClick={() => set("timeZone")({ target: { value: browserZone } })}>
            Use {browserZone.replaceAll("_", " ")}
          </Button>
        </p>
      )}
      <SelectField label="Day starts at" name="dayStartHour" value={values.dayStartHour} onChange={set("dayStartHour")} error={errorFor("dayStartHour")}
        options={Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: hourLabel(hour) }))}
        hint="When a new study day begins. At 4 a.m. (the default), a session after midnight still counts for the evening before." />
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
          <input type="checkbox" name="burySiblings" className="h-5 w-5" checked={values.burySiblings === "true"} aria-describedby="burySiblings-hint"
            onChange={(e) => set("burySiblings")({ target: { value: String(e.target.checked) } })} />
          Bury related cards until tomorrow
        </label>
        <p id="burySiblings-hint" className="text-xs text-slate-600 dark:text-slate-400">
          Once you study a card, other cards on the same fact wait for your next study day, so one does not give the next one&apos;s answer away. On by default.
        </p>
        {errorFor("burySiblings") && <p className="text-sm text-rose-700 dark:text-rose-400">{errorFor("burySiblings")}</p>}
      </div>
      {formError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-800 dark:text-emerald-300">
          {save.isSuccess ? "Settings saved. They apply from your next card." : ""}
        </p>
      </div>
      {hasFieldErrors && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          Nothing was saved: fix the {Object.keys(fields).length === 1 ? "field" : "fields"} marked above.
        </p>
      )}
    </form>
  );
}
