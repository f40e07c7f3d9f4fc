import "server-only";
import { createScheduler, studyDayOf } from "@/lib/srs";
import { computeStreaks, daysBetween, overallRecall, topicMastery, type Streaks, type TopicMastery } from "@/lib/stats";
import type { Db } from "@/server/db";
import { findStatsCards, findStatsTopics } from "@/server/queries/stats-cards";
import { findDailyActivity } from "@/server/queries/stats-daily-activity";
import { findUnfinishedMocks, type UnfinishedMock } from "@/server/queries/stats-mock-attempts";
import { getStatsSettings } from "@/server/queries/stats-settings";
import { loadReviewQueue } from "@/server/reviews/load-queue";
import { privateTopicIdsFor } from "@/server/studio/topic-access";

export interface Dashboard {
  today: string;
  timeZone: string;
  /** Exactly what /review would show now: due reviews, learning steps left today, new cards allowed. */
  queue: { due: number; learning: number; new: number };
  reviewedToday: number;
  streaks: Streaks;
  overallRecall: number | null;
  topics: TopicMastery[];
  unfinishedMocks: UnfinishedMock[];
  exam: { examDate: string; daysLeft: number } | null;
}

export async function getDashboard(db: Db, userId: string, now: Date): Promise<Dashboard> {
  const { settings, examDate } = await getStatsSettings(db, userId);
  const clock = { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour };
  const today = studyDayOf(now, clock.timeZone, clock.dayStartHour);
  // The queue comes from the review screen's own loader, so the two can never disagree.
  const queue = await loadReviewQueue(db, userId, {}, now);
  const [days, topics, cards, unfinishedMocks] = await Promise.all([
    findDailyActivity(db, userId, clock),
    privateTopicIdsFor(db, { id: userId }).then((ids) => findStatsTopics(db, ids)),
    findStatsCards(db, userId),
    findUnfinishedMocks(db, userId, now),
  ]);
  const scheduler = createScheduler(settings, { fuzz: false });
  const daysLeft = examDate === null ? 0 : daysBetween(today, examDate);
  return {
    today,
    timeZone: settings.timeZone,
    queue: queue.counts,
    reviewedToday: days.find((d) => d.day === today)?.reviews ?? 0,
    streaks: computeStreaks(days.map((d) => d.day), today),
    overallRecall: overallRecall(cards, now, scheduler),
    topics: topicMastery(topics, cards, now, scheduler),
    unfinishedMocks,
    exam: examDate !== null && daysLeft > 0 ? { examDate, daysLeft } : null,
  };
}
