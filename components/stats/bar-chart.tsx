import { AxisBottom, AxisLeft } from "@visx/axis";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { ChartSvg } from "./chart-figure";

export interface BarDatum {
  key: string;
  /** Shown on the x axis for some bars. */
  label: string;
  value: number;
  /** A share of `value` drawn in another colour from the base (e.g. overdue cards within today's count). */
  part?: number;
}

const MARGIN = { top: 12, right: 8, bottom: 36, left: 44 };

/**
 * Vertical bars, one per day, drawn on the server with visx: no JavaScript reaches the browser.
 * About five x labels whatever the width, so they never collide on a phone.
 */
export function BarChart({
  data,
  width,
  titleId,
  title,
  yLabel,
  formatTick = (v) => String(v),
}: {
  data: readonly BarDatum[];
  width: number;
  titleId: string;
  title: string;
  yLabel: string;
  formatTick?: (value: number) => string;
}) {
  const height = width < 500 ? 200 : 240;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...data.map((d) => d.value));
  const x = scaleBand<string>({ domain: data.map((d) => d.key), range: [0, innerWidth], padding: data.length > 40 ? 0.15 : 0.25 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  const every = Math.max(1, Math.ceil(data.length / (width < 500 ? 4 : 7)));
  const labels = new Map(data.map((d) => [d.key, d.label]));
  const tickKeys = data.filter((_, i) => (data.length - 1 - i) % every === 0).map((d) => d.key);
  const fontSize = width < 500 ? 11 : 12;

  return (
    <ChartSvg width={width} height={height} titleId={titleId} title={title}>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {y.ticks(4).map((t) => (
          <line key={t} x1={0} x2={innerWidth} y1={y(t)} y2={y(t)} className="stroke-slate-200 dark:stroke-slate-700" />
        ))}
        {data.map((d) => {
          const barX = x(d.key) ?? 0;
          const top = y(d.value);
          const partTop = d.part ? y(d.part) : innerHeight;
          return (
            <g key={d.key}>
              <Bar x={barX} y={top} width={x.bandwidth()} height={innerHeight - top} className="fill-indigo-500 dark:fill-indigo-400" />
              {d.part ? <Bar x={barX} y={partTop} width={x.bandwidth()} height={innerHeight - partTop} className="fill-amber-500 dark:fill-amber-400" /> : null}
            </g>
          );
        })}
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => formatTick(Number(v))}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize, textAnchor: "end", dx: "-0.25em", dy: "0.3em" }}
          label={yLabel}
          labelProps={{ fill: "currentColor", fontSize, textAnchor: "middle" }}
          labelOffset={28}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={tickKeys}
          tickFormat={(key) => labels.get(key) ?? key}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize, textAnchor: "middle" }}
        />
      </g>
    </ChartSvg>
  );
}
