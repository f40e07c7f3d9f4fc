"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES, parseMockTestForm } from "@/lib/quiz/mock-test-limits";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { AlertText } from "@/components/classes/alert-text";

type TopicChoice = { id: string; title: string; questionCount: number };

const MINUTES_PER_QUESTION = 1.2;
const roundMinutes = (m: number) => Math.round(m * 10) / 10;

/** The request's fields and the controls that show their errors. */
const CONTROLS = { topicIds: "mock-topics", count: "mock-count", timeLimitMinutes: "mock-minutes" };

/** Pick topics, a question count and a time limit (UPSC pace unless changed), then start the clock. */
export function MockTestForm({ topics }: { topics: TopicChoice[] }) {
  const router = useRouter();
  const usable = topics.filter((t) => t.questionCount > 0);
  const [chosen, setChosen] = useState<string[]>([]);
  // The numbers stay as typed, so a bad value is shown back with its error rather than clamped.
  const [count, setCount] = useState("10");
  const [minutes, setMinutes] = useState<string | null>(null); // null: follow the UPSC pace
  const { formRef, errorFor, formError, checkWith, fail, clear } = useFieldErrors();
  const start = useMutation({
    mutationFn: (body: unknown) => api.post<{ id: string }>("/api/attempts", body),
    onMutate: clear,
    onSuccess: ({ id }) => router.push(`/practice/attempts/${id}`),
    // "The chosen topics have 7 questions" comes back on `count`, and is shown beside it.
    onError: (error) => fail(error, CONTROLS),
  });

  if (usable.length === 0) {
    return <p className="text-sm">No questions are available yet, so a mock test cannot be built.</p>;
  }
  const pace = Number(count);
  const limit = minutes ?? (Number.isFinite(pace) && pace > 0 ? String(roundMinutes(pace * MINUTES_PER_QUESTION)) : "");
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseMockTestForm({ count, minutes: limit });
    if (!parsed.ok) {
      checkWith({ [CONTROLS.count]: parsed.errors.count, [CONTROLS.timeLimitMinutes]: parsed.errors.minutes });
      return;
    }
    start.mutate({ mode: "mock", topicIds: chosen, count: parsed.count, timeLimitMinutes: parsed.minutes });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2" aria-describedby={errorFor(CONTROLS.topicIds) ? `${CONTROLS.topicIds}-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">Topics</legend>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="text-sm text-indigo-700 underline dark:text-indigo-300" onClick={() => setChosen(usable.map((t) => t.id))}>
            Choose all
          </button>
        </div>
        {usable.map((t) => (
          <label key={t.id} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="checkbox" name={CONTROLS.topicIds} value={t.id} className="h-5 w-5" checked={chosen.includes(t.id)} onChange={() => toggle(t.id)} aria-invalid={errorFor(CONTROLS.topicIds) ? true : undefined} />
            <span>
              {t.title} <span className="text-slate-600 dark:text-slate-400">({t.questionCount})</span>
            </span>
          </label>
        ))}
        {errorFor(CONTROLS.topicIds) && (
          <p id={`${CONTROLS.topicIds}-error`} className="text-sm text-rose-700 dark:text-rose-400">
            {errorFor(CONTROLS.topicIds)}
          </p>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <div className="w-40">
          <Field label="Number of questions" name={CONTROLS.count} type="number" inputMode="numeric" min={1} max={MAX_QUESTIONS} step={1}
            value={count} error={errorFor(CONTROLS.count)} onChange={(e) => setCount(e.target.value)} />
        </div>
        <div className="w-40">
          <Field label="Time limit (minutes)" name={CONTROLS.timeLimitMinutes} type="number" inputMode="decimal" min={1} max={MAX_TIME_LIMIT_MINUTES} step={0.1}
            value={limit} error={errorFor(CONTROLS.timeLimitMinutes)} onChange={(e) => setMinutes(e.target.value)} />
        </div>
      </div>
      <p id="limit-hint" className="text-xs text-slate-600 dark:text-slate-400">
        The default is the exam&apos;s pace: 1.2 minutes per question.{" "}
        {minutes !== null && (
          <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => setMinutes(null)}>
            Use the exam pace
          </button>
        )}
      </p>
      <AlertText error={formError} />
      <Button type="submit" disabled={start.isPending || start.isSuccess || chosen.length === 0} className="self-start">
        {start.isPending || start.isSuccess ? "Starting…" : "Start the timed test"}
      </Button>
      {chosen.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">Choose at least one topic to start.</p>}
    </form>
  );
}
