/** What the cleaner dropped, folded away but one click from view, so a lost paragraph gets noticed. */
export function RemovedText({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">Nothing was removed.</p>;
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-medium">
        Removed as boilerplate or appended stories ({lines.length} {lines.length === 1 ? "line" : "lines"})
      </summary>
      <ul className="mt-2 flex flex-col gap-1 text-sm text-slate-600 dark:text-slate-300">
        {lines.map((line, i) => (
          <li key={i} className="border-l-2 border-rose-300 pl-2">
            {line}
          </li>
        ))}
      </ul>
    </details>
  );
}
