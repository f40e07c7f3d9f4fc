import type { ReactNode } from "react";

export const WIDE = 720;
export const NARROW = 340;

/**
 * A chart with everything a reader without the picture needs: a caption, a one-line summary that
 * names the SVG, and the same numbers as a table. The chart is drawn twice on the server, narrow for
 * phones and wide for larger screens, so its text stays readable; the hidden copy is display:none and
 * so invisible to screen readers too.
 */
export function ChartFigure({
  id,
  caption,
  summary,
  chart,
  table,
  tableLabel = "Show the numbers as a table",
}: {
  id: string;
  caption: string;
  summary: string;
  chart: (width: number, titleId: string) => ReactNode;
  table: ReactNode;
  tableLabel?: string;
}) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="flex flex-col gap-2">
      <figcaption id={`${id}-caption`} className="text-sm font-medium text-slate-700 dark:text-slate-200">
        {caption}
      </figcaption>
      <p id={`${id}-summary`} className="text-sm text-slate-600 dark:text-slate-300">
        {summary}
      </p>
      <div className="sm:hidden">{chart(NARROW, `${id}-narrow`)}</div>
      <div className="hidden sm:block">{chart(WIDE, `${id}-wide`)}</div>
      <details className="rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-700">
        <summary className="cursor-pointer rounded px-1 py-1 font-medium">{tableLabel}</summary>
        <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={`${caption}: table`}>
          {table}
        </div>
      </details>
    </figure>
  );
}

/** The SVG element every chart uses: scales to its container, named by a title for screen readers. */
export function ChartSvg({ width, height, titleId, title, children }: { width: number; height: number; titleId: string; title: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      className="h-auto max-w-full overflow-visible text-slate-600 dark:text-slate-300"
    >
      <title id={titleId}>{title}</title>
      {children}
    </svg>
  );
}

export function DataTable({ head, rows, caption }: { head: string[]; rows: (string | number)[][]; caption: string }) {
  return (
    <table className="w-full border-collapse text-left text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col" className="sticky top-0 border-b border-slate-200 bg-white px-2 py-1 font-semibold dark:border-slate-700 dark:bg-slate-900">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i} className="odd:bg-slate-50 dark:odd:bg-slate-800/50">
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row" className="px-2 py-1 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={j} className="px-2 py-1">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What to show instead of a chart with nothing to draw: what happened, and what to do next. */
export function EmptyChart({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-700 dark:border-slate-700 dark:text-slate-200">
      {children}
    </div>
  );
}
