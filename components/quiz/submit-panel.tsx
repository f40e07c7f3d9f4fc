"use client";
import { Button } from "@/components/ui/button";

type Props = { confirming: boolean; closing: boolean; unanswered: number; marked: number; onAsk: () => void; onCancel: () => void; onConfirm: () => void };

/** Submitting is final, so it takes a second, explicit step that says what is still open. */
export function SubmitPanel({ confirming, closing, unanswered, marked, onAsk, onCancel, onConfirm }: Props) {
  if (closing) {
    return (
      <p role="status" className="rounded-lg bg-slate-100 p-3 text-sm font-medium dark:bg-slate-800">
        Submitting your test…
      </p>
    );
  }
  if (!confirming) {
    return (
      <Button onClick={onAsk} className="w-full">
        Submit test
      </Button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="submit-title" aria-describedby="submit-detail" className="flex flex-col gap-3 rounded-lg border-2 border-indigo-600 p-3 dark:border-indigo-400">
      <p id="submit-title" className="font-semibold">
        Submit now?
      </p>
      <p id="submit-detail" className="text-sm">
        {unanswered === 0 ? "Every question is answered." : `${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered (blank scores 0).`}{" "}
        {marked > 0 && `${marked} marked for review. `}You cannot change answers afterwards.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onConfirm} autoFocus>
          Submit now
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Keep working
        </Button>
      </div>
    </div>
  );
}
