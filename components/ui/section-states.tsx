"use client";
import { Button } from "./button";

export function SectionLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3 py-8">
      <span className="sr-only">{label}</span>
      <div className="h-6 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
    </div>
  );
}

export function SectionError({ title, error, reset }: { title: string; error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-xl border border-rose-300 bg-rose-50 p-6 dark:border-rose-800 dark:bg-rose-950">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="text-sm">
        Something went wrong on our side. Your saved work is safe. Try again, and if it keeps happening, reload the page.
      </p>
      {error.digest && <p className="text-xs text-slate-600 dark:text-slate-400">Reference: {error.digest}</p>}
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
