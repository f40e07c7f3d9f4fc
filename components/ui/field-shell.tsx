import type { ReactNode } from "react";

/** Ids a control passes to aria-describedby so its hint and error are read with it. */
export function describedBy(name: string, error: string | undefined, hint: string | undefined): string | undefined {
  return [error ? `${name}-error` : null, hint ? `${name}-hint` : null].filter(Boolean).join(" ") || undefined;
}

/** Label above, hint and error below: the frame every form control shares. */
export function FieldShell({ label, name, hint, error, children }: { label: string; name: string; hint?: string | undefined; error?: string | undefined; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
    </div>
  );
}

export const controlClass =
  "min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
