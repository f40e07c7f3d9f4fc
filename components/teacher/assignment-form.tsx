"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { AlertText } from "@/components/classes/alert-text";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { api } from "@/components/api-client";
import { zonedInputToIso } from "@/lib/time/time-zones";
import { TextLink } from "@/components/ui/text-link";

const KINDS = [
  { value: "review", label: "Review", hint: "Every card in the set introduced and reviewed once." },
  { value: "practice", label: "Practice test", hint: "One mock test, the same questions for everyone." },
  { value: "both", label: "Both", hint: "Review the cards and take the test." },
] as const;
type Kind = (typeof KINDS)[number]["value"];

const inputClass = "min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900";

/**
 * Assigns one of the teacher's topic sets to the class. Dates are typed and read in the teacher's
 * own time zone (from Settings), the one the dashboard shows them in, not the browser's.
 */
export function AssignmentForm({ classId, topicSets, timeZone, zoneLabel }: { classId: string; topicSets: { id: string; name: string }[]; timeZone: string; zoneLabel: string }) {
  const router = useRouter();
  const [topicSetId, setTopicSetId] = useState(topicSets[0]?.id ?? "");
  const [kind, setKind] = useState<Kind>("both");
  const [startsAt, setStartsAt] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [questionCount, setQuestionCount] = useState("10");
  const [timeLimit, setTimeLimit] = useState("12");
  const withTest = kind !== "review";

  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const create = useMutation({
    mutationFn: () =>
      api.post<{ id: string }>(`/api/classes/${classId}/assignments`, {
        topicSetId,
        kind,
        startsAt: zonedInputToIso(startsAt, timeZone) ?? new Date().toISOString(),
        // An empty or unreadable date is sent as text, so the server names the field.
        dueAt: zonedInputToIso(dueAt, timeZone) ?? dueAt,
        ...(withTest ? { questionCount: Number(questionCount), timeLimitMinutes: Number(timeLimit) } : {}),
      }),
    onMutate: clear,
    onError: (error) => fail(error, { questionCount: "assignment-questions", timeLimitMinutes: "assignment-time-limit" }),
    onSuccess: () => {
      setDueAt("");
      router.refresh();
    },
  });

  if (topicSets.length === 0) {
    return (
      <p className="text-sm">
        You have no topic sets yet.{" "}
        <TextLink href="/teacher/topic-sets/new">
          Make a topic set
        </TextLink>{" "}
        to assign it to this class.
      </p>
    );
  }
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="assignment-topic-set" className="text-sm font-medium">
          Topic set
        </label>
        <select id="assignment-topic-set" value={topicSetId} onChange={(e) => setTopicSetId(e.target.value)} className={inputClass}>
          {topicSets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">What students do</legend>
        {KINDS.map((k) => (
          <label key={k.value} className="flex min-h-11 items-start gap-2 text-sm">
            <input type="radio" name="assignment-kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} className="mt-1 size-4" />
            <span>
              <span className="font-medium">{k.label}</span> <span className="text-slate-600 dark:text-slate-300">{k.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="assignment-starts" className="text-sm font-medium">
            Starts
          </label>
          <input id="assignment-starts" type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} aria-describedby="assignment-starts-hint" className={inputClass} />
          <p id="assignment-starts-hint" className="text-xs text-slate-600 dark:text-slate-400">
            Leave empty to start now. {zoneLabel}.
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="assignment-due" className="text-sm font-medium">
            Due
          </label>
          <input id="assignment-due" type="datetime-local" required value={dueAt} onChange={(e) => setDueAt(e.target.value)} aria-describedby="assignment-due-hint" className={inputClass} />
          <p id="assignment-due-hint" className="text-xs text-slate-600 dark:text-slate-400">
            {zoneLabel}.
          </p>
        </div>
      </div>
      {withTest && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Questions in the test" name="assignment-questions" type="number" inputMode="numeric" min={1} max={100} value={questionCount} onChange={(e) => setQuestionCount(e.target.value)} error={errorFor("assignment-questions")} />
          <Field label="Time limit (minutes)" name="assignment-time-limit" type="number" inputMode="numeric" min={1} max={240} value={timeLimit} onChange={(e) => setTimeLimit(e.target.value)} error={errorFor("assignment-time-limit")} />
        </div>
      )}
      <AlertText error={formError} success={create.isSuccess ? "Assigned. Students see it on their dashboard." : null} />
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "Assigning…" : "Assign to class"}
        </Button>
      </div>
    </form>
  );
}
