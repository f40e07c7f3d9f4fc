import { scaleBand } from "@visx/scale";
import { Bar } from "@visx/shape";
import type { Heatmap } from "@/lib/stats";
import { formatDay } from "@/lib/format/dates";
import { ChartSvg } from "./chart-figure";

const LEVEL_CLASS = [
  "fill-slate-200 dark:fill-slate-800",
  "fill-indigo-200 dark:fill-indigo-900",
  "fill-indigo-400 dark:fill-indigo-700",
  "fill-indigo-600 dark:fill-indigo-500",
  "fill-indigo-800 dark:fill-indigo-300",
] as const;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TOP = 16;
const LEFT = 28;

/** A year of study days as a calendar: one column per week, darker for busier days. */
/** Below this a day's square is too small to see or tap, so the calendar scrolls instead of shrinking. */
const MIN_STEP = 11;

export function HeatmapChart({ heatmap, width: available, titleId, title }: { heatmap: Heatmap; width: number; titleId: string; title: string }) {
  const width = Math.max(available, LEFT + heatmap.weeks * MIN_STEP);
  const weeks = Array.from({ length: heatmap.weeks }, (_, i) => i);
  const x = scaleBand<number>({ domain: weeks, range: [LEFT, width], paddingInner: 0.15 });
  const cell = x.bandwidth();
  const step = x.step();
  const y = scaleBand<number>({ domain: [0, 1, 2, 3, 4, 5, 6], range: [TOP, TOP + step * 7], paddingInner: 0.15 });
  const height = TOP + step * 7 + 2;
  const fontSize = width < 500 ? 9 : 11;
  // A month is labelled over the week in which its first day falls.
  const monthStarts = heatmap.cells.filter((c) => c.day.endsWith("-01"));

  const chart = (
    <ChartSvg width={width} height={height} titleId={titleId} title={title}>
      {monthStarts.map((c) => (
        <text key={c.day} x={x(c.week)} y={TOP - 4} fontSize={fontSize} fill="currentColor">
          {MONTHS[Number(c.day.slice(5, 7)) - 1]}
        </text>
      ))}
      {[1, 3, 5].map((weekday) => (
        <text key={weekday} x={0} y={(y(weekday) ?? 0) + cell * 0.8} fontSize={fontSize} fill="currentColor">
          {["", "Mon", "", "Wed", "", "Fri", ""][weekday]}
        </text>
      ))}
      {heatmap.cells.map((c) => (
        <Bar key={c.day} x={x(c.week)} y={y(c.weekday)} width={cell} height={cell} rx={cell / 5} className={LEVEL_CLASS[c.level]}>
          <title>{`${formatDay(c.day)}: ${c.reviews} review${c.reviews === 1 ? "" : "s"}`}</title>
        </Bar>
      ))}
    </ChartSvg>
  );
  if (width <= available) return chart;
  // Narrow screens: scroll sideways, starting at the latest weeks (row-reverse puts the scroll origin on the right).
  return (
    <div className="flex flex-row-reverse overflow-x-auto" tabIndex={0} role="region" aria-label="Review calendar, scrolls sideways" data-testid="heatmap-scroll">
      <div className="shrink-0" style={{ width }}>
        {chart}
      </div>
    </div>
  );
}

/** The colour key, in words as well as colours. */
export function HeatmapLegend({ max }: { max: number }) {
  return (
    <p className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
      Fewer
      {LEVEL_CLASS.map((cls) => (
        <svg key={cls} width="12" height="12" viewBox="0 0 12 12">
          <rect width="12" height="12" rx="2" className={cls} />
        </svg>
      ))}
      More (busiest day: {max})
    </p>
  );
}
