"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { TextLink } from "@/components/ui/text-link";
import { Field } from "@/components/ui/field";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { isoToZonedInput, zonedInputToIso } from "@/lib/time/time-zones";

export type AssignmentItem = {
  id: string;
  title: string;
  details: string;
  startsLabel: string;
  dueLabel: string;
  dueAt: string;
  archived: boolean;
  /** The item analysis page, for assignments with a test. */
  analysisHref: string | null;
};

/** One assignment with its two teacher actions: move the due date, archive or restore (optimistic). */
function AssignmentRow({ classId, item, timeZone, zoneLabel }: { classId: string; item: AssignmentItem; timeZone: string; zoneLabel: string }) {
  const router = useRouter();
  const [archived, setArchived] = useState(item.archived);
  const [editing, setEditing] = useState<string | null>(null);
  const url = `/api/classes/${classId}/assignments/${item.id}`;
  const dueId = `due-${item.id}`;
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();

  const archive = useMutation({
    mutationFn: (next: boolean) => api.patch(url, { archived: next }),
    onMutate: (next) => setArchived(next),
    onError: (_e, next) => setArchived(!next),
    onSuccess: () => router.refresh(),
  });
  const move = useMutation({
    mutationFn: (value: string) => api.patch(url, { dueAt: zonedInputToIso(value, timeZone) ?? value }),
    onMutate: clear,
    onSuccess: () => {
      setEditing(null);
      router.refresh();
    },
    onError: (error) => fail(error, { dueAt: dueId }),
  });

  return (
    <li className={`flex flex-col gap-2 rounded-lg border p-3 ${archived ? "border-dashed border-slate-300 opacity-70 dark:border-slate-600" : "border-slate-200 dark:border-slate-700"}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {item.title}
          {archived && <span className="ml-2 text-xs font-normal">(archived)</span>}
        </h3>
        <span className="text-sm text-slate-600 dark:text-slate-300">{item.details}</span>
      </div>
      <p className="text-sm">
        From {item.startsLabel} · due <strong>{item.dueLabel}</strong>
      </p>
      {item.analysisHref && (
        <p className="text-sm">
          <TextLink href={item.analysisHref} aria-label={`Item analysis of ${item.title}`}>
            Item analysis: questions, answers and percentiles
          </TextLink>
        </p>
      )}
      {editing !== null ? (
        <form
          ref={formRef}
          noValidate
          className="flex flex-col gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            move.mutate(editing);
          }}
        >
          <div className="flex flex-wrap items-start gap-2">
            <Field label="New due date" name={dueId} type="datetime-local" value={editing} onChange={(e) => setEditing(e.target.value)} hint={`${zoneLabel}.`} error={errorFor(dueId)} />
            <div className="flex gap-2 self-start pt-6">
              <Button type="submit" disabled={move.isPending}>
                Save due date
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  clear();
                  setEditing(null);
                }}
              >
                Cancel
              </Button>
            </div>
          </div>
          <AlertText error={formError} />
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {!archived && (
            <Button variant="secondary" onClick={() => setEditing(isoToZonedInput(item.dueAt, timeZone))} aria-label={`Change due date of ${item.title}`}>
              Change due date
            </Button>
          )}
          <Button variant="secondary" disabled={archive.isPending} onClick={() => archive.mutate(!archived)} aria-label={`${archived ? "Restore" : "Archive"} ${item.title}`}>
            {archived ? "Restore" : "Archive"}
          </Button>
        </div>
      )}
      <AlertText error={archive.error?.message} />
    </li>
  );
}

export function AssignmentList({ classId, items, timeZone, zoneLabel }: { classId: string; items: AssignmentItem[]; timeZone: string; zoneLabel: string }) {
  if (items.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No assignments yet. Assign a topic set below.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <AssignmentRow key={item.id} classId={classId} item={item} timeZone={timeZone} zoneLabel={zoneLabel} />
      ))}
    </ul>
  );
}
