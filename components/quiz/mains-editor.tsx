"use client";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import type { MainsAnswerView } from "@/server/queries/quiz-mains";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { useHydrated } from "@/components/forms/use-hydrated";
import { countWords } from "@/lib/format/words";
import { formatClock } from "@/lib/format/durations";
import { useElapsed } from "./use-elapsed";
import { useMainsDraft, type DraftStatus } from "./use-mains-draft";

const statusText: Record<DraftStatus, string> = {
  saved: "Draft saved",
  unsaved: "Typing… (kept on this device)",
  saving: "Saving…",
  error: "Not saved to the server yet; kept on this device and retried when you pause or leave the box",
};

/** The exam gives about 0.72 minutes per mark (3 hours for 250 marks). */
const suggestedMinutes = (marks: number) => Math.round(marks * 0.72);

/** Write a mains answer against the word limit and the clock; drafts autosave and survive a reload. */
export function MainsEditor({ view, serverNow }: { view: MainsAnswerView; serverNow: string }) {
  const router = useRouter();
  const draft = useMainsDraft(view.id, view.text);
  const elapsed = useElapsed(view.startedAt, serverNow, true);
  const words = countWords(draft.text);
  const limit = view.question.wordLimit;
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  // Until hydration a click would submit the bare form, putting the answer in the page's URL.
  const hydrated = useHydrated();
  const textError = errorFor("mains-text");
  const finish = useMutation({
    scope: { id: `mains-${view.id}` },
    mutationFn: () => api.post(`/api/mains/${view.id}/submit`, { text: draft.latest.current }),
    onMutate: clear,
    onSuccess: () => {
      draft.discardLocal();
      router.refresh();
    },
    onError: (error) => fail(error, { text: "mains-text" }),
  });
  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        draft.stopAutosave();
        finish.mutate();
      }}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <p role="timer" aria-label="Time writing">
          Time writing: <span className="font-mono font-semibold">{formatClock(elapsed)}</span> · aim for about {suggestedMinutes(view.question.marks)} minutes
        </p>
        <p role="status">{statusText[draft.status]}</p>
      </div>
      <label htmlFor="mains-text" className="font-medium">
        Your answer
      </label>
      <textarea
        id="mains-text"
        name="mains-text"
        value={draft.text}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={draft.flush}
        rows={16}
        aria-invalid={textError ? true : undefined}
        aria-describedby={textError ? "word-count mains-text-error" : "word-count"}
        className="w-full rounded-lg border border-slate-300 bg-white p-3 text-base leading-relaxed dark:border-slate-600 dark:bg-slate-900"
      />
      <p id="word-count" className={`text-sm ${words > limit ? "font-semibold text-rose-700 dark:text-rose-400" : ""}`}>
        {words} / {limit} words{words > limit && ` (${words - limit} over the limit)`}
      </p>
      {textError && (
        <p id="mains-text-error" className="text-sm text-rose-700 dark:text-rose-400">
          {textError}
        </p>
      )}
      <AlertText error={formError} />
      <Button type="submit" disabled={!hydrated || finish.isPending || words === 0} className="self-start">
        {finish.isPending ? "Submitting…" : "Finish and see the framework"}
      </Button>
    </form>
  );
}
