import type { ForecastDay } from "@/lib/stats";
import { formatDay, formatShortDay } from "@/lib/format/dates";
import { plural } from "@/lib/format/words";
import { BarChart } from "./bar-chart";
import { ChartFigure, DataTable, EmptyChart } from "./chart-figure";
import { StatsSection } from "./stats-section";
import { TextLink } from "@/components/ui/text-link";

export function ForecastSection({ forecast }: { forecast: readonly ForecastDay[] }) {
  const total = forecast.reduce((n, d) => n + d.count, 0);
  const today = forecast[0];
  const week = forecast.slice(0, 7).reduce((n, d) => n + d.count, 0);
  return (
    <StatsSection id="forecast" title="Due forecast" intro="Cards you have started that fall due in the next 30 days, if you keep up. Overdue cards count as due today.">
      {total === 0 ? (
        <EmptyChart>
          <p>Nothing is scheduled yet: cards appear here once you have answered them.</p>
          <p className="mt-1">
            <TextLink href="/review" className="font-medium">
              Learn some new cards
            </TextLink>{" "}
            or pick a topic to study.
          </p>
        </EmptyChart>
      ) : (
        <ChartFigure
          id="forecast"
          caption="Cards due per day, next 30 days"
          summary={`${plural(today?.count ?? 0, "card")} due today${today?.overdue ? ` (${today.overdue} overdue)` : ""}, ${week} in the next 7 days, ${total} in 30 days.`}
          chart={(width, titleId) => (
            <BarChart
              width={width}
              titleId={titleId}
              title="Bar chart of cards falling due on each of the next 30 days; today's overdue cards in amber"
              yLabel="Cards due"
              data={forecast.map((d, i) => ({ key: d.day, label: i === 0 ? "Today" : formatShortDay(d.day), value: d.count, part: d.overdue }))}
            />
          )}
          table={
            <DataTable
              caption="Cards due per day, next 30 days"
              head={["Day", "Cards due", "Of which overdue"]}
              rows={forecast.map((d, i) => [i === 0 ? `Today (${formatDay(d.day)})` : formatDay(d.day), d.count, d.overdue])}
            />
          }
        />
      )}
    </StatsSection>
  );
}
