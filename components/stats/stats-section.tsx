import type { ReactNode } from "react";

/** One titled block of the statistics page. */
export function StatsSection({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-col gap-1">
        <h2 id={`${id}-heading`} className="text-xl font-semibold">
          {title}
        </h2>
        {intro && <p className="text-sm text-slate-600 dark:text-slate-300">{intro}</p>}
      </div>
      {children}
    </section>
  );
}
