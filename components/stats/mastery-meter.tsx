import { formatPercent } from "@/lib/format/numbers";

/**
 * A labelled bar for a share (0..1). The number is always printed, so the colour and length are
 * never the only signal; the bar itself is decoration.
 */
export function MasteryMeter({ label, value, tone = "indigo" }: { label: string; value: number | null; tone?: "indigo" | "emerald" }) {
  const width = value === null ? 0 : Math.round(Math.max(0, Math.min(1, value)) * 100);
  const fill = tone === "indigo" ? "bg-indigo-600 dark:bg-indigo-400" : "bg-emerald-600 dark:bg-emerald-400";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex justify-between gap-2 text-sm">
        <span>{label}</span>
        <span className="font-semibold tabular-nums">{value === null ? "Not started" : formatPercent(value)}</span>
      </div>
      <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
        <div className={`h-full rounded-full ${fill}`} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
