import type { MockPoint } from "@/lib/stats";
import { formatDay, formatShortDay, isoDay } from "@/lib/format/dates";
import { formatDecimalMarks, formatPercent } from "@/lib/format/numbers";
import { plural } from "@/lib/format/words";
import { BarChart } from "./bar-chart";
import { ChartFigure, DataTable, EmptyChart } from "./chart-figure";
import { ScoreLegend, ScoreLineChart } from "./score-line-chart";
import { StatsSection } from "./stats-section";
import { TextLink } from "@/components/ui/text-link";

export function MockSection({ mocks, timeZone }: { mocks: readonly MockPoint[]; timeZone: string }) {
  if (mocks.length === 0) {
    return (
      <StatsSection id="mocks" title="Mock tests">
        <EmptyChart>
          <p>You have not submitted a mock test yet. A timed test under exam marking shows how your preparation holds up.</p>
          <TextLink href="/practice" className="mt-2 inline-block font-medium">
            Take a mock test in Practice
          </TextLink>
        </EmptyChart>
      </StatsSection>
    );
  }
  // Labels use the student's calendar day of submission.
  const points = mocks.map((m, i) => ({ ...m, key: m.attemptId, day: isoDay(m.submittedAt, timeZone), n: i + 1 }));
  const last = points.at(-1)!;
  const lost = points.reduce((n, p) => n + p.marksLost, 0);
  const table = (
    <DataTable
      caption="Submitted mock tests, oldest first"
      head={["Test", "Marks", "Score", "Accuracy", "Right / wrong / blank", "Marks lost to negative marking"]}
      rows={points.map((p) => [
        `${p.n}. ${formatDay(p.day)}`,
        `${formatDecimalMarks(p.marks)} of ${formatDecimalMarks(p.maxMarks)}`,
        formatPercent(p.scoreShare),
        formatPercent(p.accuracy),
        `${p.correct} / ${p.wrong} / ${p.blank}`,
        formatDecimalMarks(p.marksLost),
      ])}
    />
  );
  return (
    <StatsSection id="mocks" title="Mock tests" intro="Marked as UPSC marks Prelims: +2 for a right answer, −⅔ for a wrong one (a third of the marks for a right answer), 0 for a blank.">
      <div className="flex flex-col gap-8">
        <div className="flex flex-col gap-2">
          <ChartFigure
            id="mock-scores"
            caption="Score and accuracy per mock test"
            summary={`${plural(points.length, "test")}; the latest scored ${formatPercent(last.scoreShare)} of the marks with ${formatPercent(last.accuracy)} accuracy.`}
            chart={(width, titleId) => (
              <ScoreLineChart
                width={width}
                titleId={titleId}
                title="Line chart of score and accuracy, in percent, for each mock test"
                data={points.map((p) => ({ key: p.key, label: formatShortDay(p.day), score: p.scoreShare, accuracy: p.accuracy }))}
              />
            )}
            table={table}
          />
          <ScoreLegend />
        </div>
        <ChartFigure
          id="mock-penalty"
          caption="Marks lost to negative marking per mock test"
          summary={`Wrong answers cost you ${formatDecimalMarks(lost)} marks over ${plural(points.length, "test")}; ${formatDecimalMarks(last.marksLost)} in the latest.`}
          chart={(width, titleId) => (
            <BarChart
              width={width}
              titleId={titleId}
              title="Bar chart of marks lost to negative marking in each mock test"
              yLabel="Marks lost"
              formatTick={(v) => formatDecimalMarks(v)}
              data={points.map((p) => ({ key: p.key, label: formatShortDay(p.day), value: p.marksLost }))}
            />
          )}
          table={table}
        />
      </div>
    </StatsSection>
  );
}
