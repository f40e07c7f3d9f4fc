"use client";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/components/api-client";

/** The student's own check of a finished answer; each tick is saved at once and undone if the save fails. */
export function MainsRubric({ answerId, items }: { answerId: string; items: { item: string; checked: boolean }[] }) {
  const [checked, setChecked] = useState(items.map((i) => i.checked));
  const save = useMutation({
    scope: { id: `rubric-${answerId}` },
    mutationFn: (next: boolean[]) => api.put(`/api/mains/${answerId}/rubric`, { checked: next }),
  });
  const toggle = (i: number) => {
    const before = checked;
    const next = checked.map((c, j) => (j === i ? !c : c));
    setChecked(next);
    save.mutate(next, { onError: () => setChecked(before) });
  };
  const done = checked.filter(Boolean).length;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-lg font-semibold">Check your answer</legend>
      <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
        {done} of {items.length} met
      </p>
      {items.map((item, i) => (
        <label key={i} className="flex min-h-11 items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" checked={checked[i] ?? false} onChange={() => toggle(i)} />
          <span>{item.item}</span>
        </label>
      ))}
      {save.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {save.error.message}
        </p>
      )}
    </fieldset>
  );
}
