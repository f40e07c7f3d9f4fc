"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { CUSTOM_STUDY_EFFECT, CUSTOM_STUDY_MODES, MAX_CUSTOM_CARDS, type CustomStudyMode } from "@/lib/srs/custom-study-modes";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** The size as typed, or its message: a plain check, since zod would be the largest thing on this page. */
function limitError(limit: string): string | undefined {
  const n = Number(limit);
  if (limit.trim() === "" || !Number.isInteger(n) || n < 1 || n > MAX_CUSTOM_CARDS) return `Number of cards must be a whole number from 1 to ${MAX_CUSTOM_CARDS}.`;
  return undefined;
}

/**
 * Choose a custom session: mode and size. Without a topic, assignment or topic set only "Cards I
 * forgot today" applies. Starting records the moment, so the session's size holds over reloads.
 * Nothing is sent from here: the review page reads the choice from its address and the server checks it there.
 */
export function CustomStudyForm({ scopeQuery }: { scopeQuery: string }) {
  const router = useRouter();
  const modes = scopeQuery ? CUSTOM_STUDY_MODES : (["forgot"] as const);
  const [mode, setMode] = useState<CustomStudyMode>(modes[0]);
  const [limit, setLimit] = useState("20");
  const { formRef, errorFor, checkWith, clear } = useFieldErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checkWith({ "custom-limit": limitError(limit) })) return;
    const query = new URLSearchParams({ custom: mode, limit: String(Number(limit)), since: new Date().toISOString() });
    router.push(`/review?${query.toString()}${scopeQuery ? `&${scopeQuery}` : ""}`);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">What to study</legend>
        {modes.map((m) => (
          <label key={m} className="flex gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <input type="radio" name="mode" value={m} className="mt-1 h-5 w-5" checked={mode === m} onChange={() => setMode(m)} aria-describedby={`effect-${m}`} />
            <span className="flex flex-col gap-1">
              <span className="font-medium">{CUSTOM_STUDY_EFFECT[m].label}</span>
              <span id={`effect-${m}`} className="text-sm text-slate-600 dark:text-slate-300">
                {CUSTOM_STUDY_EFFECT[m].effect}
              </span>
            </span>
          </label>
        ))}
        {!scopeQuery && (
          <p className="text-sm text-slate-600 dark:text-slate-300">To add new cards or review ahead, start custom study from a topic&apos;s study page or an assignment.</p>
        )}
      </fieldset>
      <div className="w-48">
        <Field label="Number of cards" name="custom-limit" type="number" inputMode="numeric" min={1} max={MAX_CUSTOM_CARDS} step={1} value={limit}
          error={errorFor("custom-limit")} onChange={(e) => { setLimit(e.target.value); clear(); }} />
      </div>
      <Button type="submit" className="self-start">
        Start custom study
      </Button>
    </form>
  );
}
