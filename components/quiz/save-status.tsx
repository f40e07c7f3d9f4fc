"use client";

/** One line that always says whether the student's work has reached the server. */
export function SaveStatus({ pending, error }: { pending: number; error: string | null }) {
  const text = error ? `Not saved: ${error}` : pending > 0 ? "Saving…" : "All answers saved";
  return (
    <p role="status" className={`text-sm ${error ? "font-semibold text-rose-700 dark:text-rose-400" : "text-slate-600 dark:text-slate-300"}`}>
      {text}
    </p>
  );
}
