export { activitySeries, activityTotals, emptyDay, type ActivityTotals, type DayActivity } from "./daily-activity";
export { bucketReviews, type RawReviewLog, type StudyClock } from "./bucket-reviews";
export { studyDayStarts } from "./day-starts";
export { dayNumber, daysBetween, lastDays, nextDays, weekdayOf } from "./days";
export { examDateBodySchema, examDateInputSchema, examDateWindowError, type ExamDateInput } from "./exam-date-input";
export {
  examReadiness,
  predictRecall,
  type ExamReadiness,
  type RecallPrediction,
  type TopicReadiness,
  type WeakFact,
} from "./exam-readiness";
export { bucketDue, dueForecast, FORECAST_DAYS, type DueCount, type ForecastDay } from "./forecast";
export { heatLevel, heatmapLayout, type HeatCell, type Heatmap } from "./heatmap";
export { mockHistory, type MockPoint, type SubmittedMock } from "./mock-history";
export {
  MATURE_INTERVAL_DAYS,
  RETENTION_WINDOWS,
  retentionByWindow,
  retentionClass,
  type PassRate,
  type RetentionRow,
  type RetentionWindow,
} from "./retention";
export { computeStreaks, type Streaks } from "./streaks";
export {
  isIntroduced,
  overallRecall,
  topicMastery,
  type StatsCard,
  type StatsTopic,
  type TopicMastery,
} from "./topic-mastery";
