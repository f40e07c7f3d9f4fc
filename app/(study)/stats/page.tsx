import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { ACTIVITY_RANGES, getStudentStats, type ActivityRange } from "@/server/stats/get-stats";
import { DailySection, HeatmapSection } from "@/components/stats/activity-section";
import { ExamSection } from "@/components/stats/exam-section";
import { ForecastSection } from "@/components/stats/forecast-section";
import { MasterySection } from "@/components/stats/mastery-section";
import { MockSection } from "@/components/stats/mock-section";
import { RetentionSection } from "@/components/stats/retention-section";
import { StatsSummary } from "@/components/stats/stats-summary";

export const metadata: Metadata = { title: "Statistics" };

function parseRange(value: string | string[] | undefined): ActivityRange {
  return ACTIVITY_RANGES.find((r) => String(r) === value) ?? 30;
}

export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const range = parseRange((await searchParams).range);
  const user = await requirePageUser("student", range === 30 ? "/stats" : `/stats?range=${range}`);
  const stats = await getStudentStats(await getDb(), user.id, new Date(), range);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Statistics</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Counted in your own study days: each day starts at {String(stats.dayStartHour).padStart(2, "0")}:00 ({stats.timeZone}), as set in
          Settings. Undone answers are not counted.
        </p>
      </div>
      <StatsSummary streaks={stats.streaks} totalReviews={stats.totalReviews} retention={stats.retention} />
      <HeatmapSection year={stats.year} heatmap={stats.heatmap} />
      <DailySection recent={stats.recent} range={stats.range} ranges={ACTIVITY_RANGES} />
      <ForecastSection forecast={stats.forecast} />
      <RetentionSection retention={stats.retention} />
      <MasterySection mastery={stats.mastery} />
      <MockSection mocks={stats.mocks} timeZone={stats.timeZone} />
      <ExamSection exam={stats.exam} today={stats.today} />
    </div>
  );
}
