import "server-only";
import { createScheduler, shiftStudyDay, studyDayOf, studyDayStart } from "@/lib/srs";
import {
  activitySeries,
  computeStreaks,
  dueForecast,
  FORECAST_DAYS,
  heatmapLayout,
  mockHistory,
  retentionByWindow,
  topicMastery,
  type DayActivity,
  type ForecastDay,
  type Heatmap,
  type MockPoint,
  type RetentionRow,
  type Streaks,
  type TopicMastery,
} from "@/lib/stats";
import type { Db } from "@/server/db";
import { findStatsCards, findStatsTopics } from "@/server/queries/stats-cards";
import { findDailyActivity } from "@/server/queries/stats-daily-activity";
import { findDueCounts } from "@/server/queries/stats-due-forecast";
import { findSubmittedMocks } from "@/server/queries/stats-mock-attempts";
import { getStatsSettings } from "@/server/queries/stats-settings";
import { QUIZ_SCHEME } from "@/server/quiz/quiz-config";
import { buildExamView, type ExamView } from "./exam-view";
import { privateTopicIdsFor } from "@/server/studio/topic-access";

export const ACTIVITY_RANGES = [30, 90] as const;
export type ActivityRange = (typeof ACTIVITY_RANGES)[number];
export const HEATMAP_DAYS = 365;

export interface StudentStats {
  today: string;
  timeZone: string;
  dayStartHour: number;
  range: ActivityRange;
  /** The last 365 study days, today last. */
  year: DayActivity[];
  heatmap: Heatmap;
  /** The last `range` study days, today last. */
  recent: DayActivity[];
  forecast: ForecastDay[];
  retention: RetentionRow[];
  streaks: Streaks;
  totalReviews: number;
  mastery: TopicMastery[];
  mocks: MockPoint[];
  exam: ExamView;
}

/**
 * Everything the statistics page shows, for one student. Review logs are aggregated in SQL (one
 * GROUP BY over the study day); only per-day rows, the student's card schedules and a few dozen
 * mock tests reach JavaScript.
 */
export async function getStudentStats(db: Db, userId: string, now: Date, range: ActivityRange = 30): Promise<StudentStats> {
  const { settings, examDate } = await getStatsSettings(db, userId);
  const clock = { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour };
  const today = studyDayOf(now, clock.timeZone, clock.dayStartHour);
  const forecastEnd = studyDayStart(shiftStudyDay(today, FORECAST_DAYS), clock.timeZone, clock.dayStartHour);

  const [days, dueCounts, topics, cards, mocks] = await Promise.all([
    findDailyActivity(db, userId, clock),
    findDueCounts(db, userId, clock, forecastEnd, now),
    privateTopicIdsFor(db, { id: userId }).then((ids) => findStatsTopics(db, ids)),
    findStatsCards(db, userId),
    findSubmittedMocks(db, userId),
  ]);

  const scheduler = createScheduler(settings, { fuzz: false });
  const year = activitySeries(days, today, HEATMAP_DAYS);
  return {
    today,
    timeZone: clock.timeZone,
    dayStartHour: clock.dayStartHour,
    range,
    year,
    heatmap: heatmapLayout(year),
    recent: year.slice(-range),
    forecast: dueForecast(dueCounts, today),
    retention: retentionByWindow(days, today),
    streaks: computeStreaks(days.map((d) => d.day), today),
    totalReviews: days.reduce((n, d) => n + d.reviews, 0),
    mastery: topicMastery(topics, cards, now, scheduler),
    mocks: mockHistory(mocks, QUIZ_SCHEME),
    exam: await buildExamView(db, { examDate, clock, today, now, topics, cards, scheduler }),
  };
}
