import { AxisBottom, AxisLeft } from "@visx/axis";
import { scaleBand, scaleLinear } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { ChartSvg } from "./chart-figure";

export interface ScorePoint {
  key: string;
  label: string;
  /** Shares 0..1; a score can fall below 0 when wrong answers cost more than right ones earned. */
  score: number;
  accuracy: number | null;
}

const MARGIN = { top: 12, right: 12, bottom: 36, left: 44 };

/** Score and accuracy of each mock test, in percent, oldest first: two lines told apart by colour and dash. */
export function ScoreLineChart({ data, width, titleId, title }: { data: readonly ScorePoint[]; width: number; titleId: string; title: string }) {
  const height = width < 500 ? 200 : 240;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>({ domain: data.map((d) => d.key), range: [0, innerWidth], padding: 0.2 });
  const low = Math.min(0, ...data.map((d) => d.score));
  const y = scaleLinear<number>({ domain: [low, 1], range: [innerHeight, 0], nice: true });
  const cx = (d: ScorePoint) => (x(d.key) ?? 0) + x.bandwidth() / 2;
  const every = Math.max(1, Math.ceil(data.length / (width < 500 ? 4 : 7)));
  const labels = new Map(data.map((d) => [d.key, d.label]));
  const fontSize = width < 500 ? 11 : 12;
  const withAccuracy = data.filter((d): d is ScorePoint & { accuracy: number } => d.accuracy !== null);

  return (
    <ChartSvg width={width} height={height} titleId={titleId} title={title}>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {y.ticks(5).map((t) => (
          <line key={t} x1={0} x2={innerWidth} y1={y(t)} y2={y(t)} className={t === 0 ? "stroke-slate-400" : "stroke-slate-200 dark:stroke-slate-700"} />
        ))}
        <LinePath data={[...data]} x={cx} y={(d) => y(d.score)} className="stroke-indigo-600 dark:stroke-indigo-400" strokeWidth={2.5} fill="none" />
        <LinePath data={withAccuracy} x={cx} y={(d) => y(d.accuracy)} className="stroke-emerald-600 dark:stroke-emerald-400" strokeWidth={2} strokeDasharray="6 4" fill="none" />
        {data.map((d) => (
          <circle key={d.key} cx={cx(d)} cy={y(d.score)} r={4} className="fill-indigo-600 dark:fill-indigo-400" />
        ))}
        {withAccuracy.map((d) => (
          <rect key={d.key} x={cx(d) - 3.5} y={y(d.accuracy) - 3.5} width={7} height={7} className="fill-emerald-600 dark:fill-emerald-400" />
        ))}
        <AxisLeft
          scale={y}
          numTicks={5}
          tickFormat={(v) => `${Math.round(Number(v) * 100)}%`}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize, textAnchor: "end", dx: "-0.25em", dy: "0.3em" }}
        />
        <AxisBottom
          top={innerHeight}
          scale={x}
          tickValues={data.filter((_, i) => (data.length - 1 - i) % every === 0).map((d) => d.key)}
          tickFormat={(key) => labels.get(key) ?? key}
          stroke="currentColor"
          tickStroke="currentColor"
          tickLabelProps={{ fill: "currentColor", fontSize, textAnchor: "middle" }}
        />
      </g>
    </ChartSvg>
  );
}

export function ScoreLegend() {
  return (
    <ul className="flex flex-wrap gap-4 text-xs text-slate-600 dark:text-slate-300" aria-label="Chart key">
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-0.5 w-5 bg-indigo-600 dark:bg-indigo-400" /> Score (share of maximum marks, solid line, dots)
      </li>
      <li className="flex items-center gap-1">
        <span aria-hidden="true" className="inline-block h-0.5 w-5 border-t-2 border-dashed border-emerald-600 dark:border-emerald-400" /> Accuracy (right answers of those attempted, dashed line, squares)
      </li>
    </ul>
  );
}
