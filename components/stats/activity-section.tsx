import Link from "next/link";
import { activityTotals, type DayActivity, type Heatmap } from "@/lib/stats";
import { formatDay, formatShortDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/words";
import { formatDuration, toMinutes } from "@/lib/format/durations";
import { buttonClass } from "@/components/ui/button";
import { BarChart } from "./bar-chart";
import { ChartFigure, DataTable, EmptyChart } from "./chart-figure";
import { HeatmapChart, HeatmapLegend } from "./heatmap-chart";
import { RangeToggle } from "./range-toggle";
import { StatsSection } from "./stats-section";

function NoReviews({ period }: { period: string }) {
  return (
    <EmptyChart>
      <p>No reviews in {period} yet. Each card you answer shows up here the same day.</p>
      <Link href="/review" className={`${buttonClass("primary")} mt-3`}>
        Start today&apos;s review
      </Link>
    </EmptyChart>
  );
}

/** The year's heatmap. */
export function HeatmapSection({ year, heatmap }: { year: readonly DayActivity[]; heatmap: Heatmap }) {
  const totals = activityTotals(year);
  const active = year.filter((d) => d.reviews > 0);
  return (
    <StatsSection id="heatmap" title="Review activity" intro="Each square is one of your study days over the last year.">
      {totals.reviews === 0 ? (
        <NoReviews period="the last year" />
      ) : (
        <>
          <ChartFigure
            id="heatmap"
            caption="Reviews per day, last 365 days"
            summary={`${plural(totals.reviews, "review")} on ${plural(totals.activeDays, "day")} of the last 365; the busiest day had ${heatmap.max}.`}
            chart={(width, titleId) => <HeatmapChart heatmap={heatmap} width={width} titleId={titleId} title="Calendar of reviews per day over the last year" />}
            tableLabel="Show the days with reviews as a table"
            table={
              <DataTable
                caption="Days with reviews in the last 365 days (days without reviews are left out)"
                head={["Day", "Reviews"]}
                rows={[...active].reverse().map((d) => [formatDay(d.day), d.reviews])}
              />
            }
          />
          <HeatmapLegend max={heatmap.max} />
        </>
      )}
    </StatsSection>
  );
}

/** Reviews and minutes per day for the chosen period. */
export function DailySection({ recent, range, ranges }: { recent: readonly DayActivity[]; range: number; ranges: readonly number[] }) {
  const totals = activityTotals(recent);
  // A few quick sessions would be invisible as fractions of a minute: count them in seconds then.
  const inSeconds = Math.max(...recent.map((d) => d.durationMs)) < 120_000;
  const timeValue = (ms: number) => (inSeconds ? Math.round(ms / 1000) : toMinutes(ms));
  const table = (
    <DataTable
      caption={`Reviews and time per day, last ${range} days`}
      head={["Day", "Reviews", "Minutes"]}
      rows={[...recent].reverse().map((d) => [formatDay(d.day), d.reviews, toMinutes(d.durationMs)])}
    />
  );
  return (
    <StatsSection id="daily" title="Reviews and time per day">
      <RangeToggle range={range} ranges={ranges} />
      {totals.reviews === 0 ? (
        <NoReviews period={`the last ${range} days`} />
      ) : (
        <div className="flex flex-col gap-8">
          <ChartFigure
            id="reviews-per-day"
            caption={`Reviews per day, last ${range} days`}
            summary={`${plural(totals.reviews, "review")} on ${plural(totals.activeDays, "day")}, ${(totals.reviews / range).toFixed(1)} a day on average.`}
            chart={(width, titleId) => (
              <BarChart
                width={width}
                titleId={titleId}
                title={`Bar chart of reviews per day over the last ${range} days`}
                yLabel="Reviews"
                data={recent.map((d) => ({ key: d.day, label: formatShortDay(d.day), value: d.reviews }))}
              />
            )}
            table={table}
          />
          <ChartFigure
            id="time-per-day"
            caption={`Time spent per day, last ${range} days`}
            summary={`${formatDuration(totals.durationMs)} in total, about ${formatDuration(totals.durationMs / Math.max(1, totals.activeDays))} on a day you studied.`}
            chart={(width, titleId) => (
              <BarChart
                width={width}
                titleId={titleId}
                title={`Bar chart of ${inSeconds ? "seconds" : "minutes"} spent reviewing per day over the last ${range} days`}
                yLabel={inSeconds ? "Seconds" : "Minutes"}
                data={recent.map((d) => ({ key: d.day, label: formatShortDay(d.day), value: timeValue(d.durationMs) }))}
              />
            )}
            table={table}
          />
        </div>
      )}
    </StatsSection>
  );
}
