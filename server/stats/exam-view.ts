import "server-only";
import { studyDayStart, type Scheduler } from "@/lib/srs";
import { daysBetween, examReadiness, type StatsCard, type StatsTopic, type StudyClock, type TopicReadiness } from "@/lib/stats";
import type { Db } from "@/server/db";
import { findFactStatements } from "@/server/queries/stats-cards";

export interface WeakFactView {
  factId: string;
  topicId: string;
  topicTitle: string;
  statement: string;
  noStudy: number;
  keepSchedule: number;
}

export type ExamView =
  | { status: "unset" }
  | { status: "past"; examDate: string }
  | { status: "set"; examDate: string; daysLeft: number; topics: TopicReadiness[]; weakestFacts: WeakFactView[] };

/**
 * Exam readiness: predictions are taken when the exam's study day begins (the morning of the exam),
 * which is the last moment anything learnt can still count.
 */
export async function buildExamView(
  db: Db,
  input: {
    examDate: string | null;
    clock: StudyClock;
    today: string;
    now: Date;
    topics: readonly StatsTopic[];
    cards: readonly StatsCard[];
    scheduler: Scheduler;
  },
): Promise<ExamView> {
  const { examDate, clock, today, now } = input;
  if (examDate === null) return { status: "unset" };
  if (daysBetween(today, examDate) <= 0) return { status: "past", examDate };
  const examAt = studyDayStart(examDate, clock.timeZone, clock.dayStartHour);
  const readiness = examReadiness(input.topics, input.cards, examAt, now, input.scheduler);
  const facts = new Map((await findFactStatements(db, readiness.weakestFacts.map((f) => f.factId))).map((f) => [f.id, f]));
  return {
    status: "set",
    examDate,
    daysLeft: daysBetween(today, examDate),
    topics: readiness.topics,
    weakestFacts: readiness.weakestFacts.flatMap((weak) => {
      const fact = facts.get(weak.factId);
      return fact ? [{ ...weak, topicId: fact.topicId, topicTitle: fact.topic.title, statement: fact.statement }] : [];
    }),
  };
}
