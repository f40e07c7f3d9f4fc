import "server-only";
import type { Db } from "@/server/db";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/time/time-zones";
import { assignmentProgress, type AssignmentProgress } from "@/lib/classes/assignment-progress";
import type { AssignmentKind } from "@/lib/classes/inputs";

export type StudentAssignment = {
  id: string;
  classId: string;
  className: string;
  topicSetName: string;
  topicIds: string[];
  kind: AssignmentKind;
  startsAt: Date;
  dueAt: Date;
  questionCount: number;
  timeLimitMinutes: number | null;
  attemptId: string | null;
  progress: AssignmentProgress;
  /** Where "Start review" goes: one topic is filtered; a wider set relies on the queue putting assigned cards first. */
  reviewHref: string;
};

type Row = {
  id: string;
  class_id: string;
  class_name: string;
  set_name: string;
  topic_ids: string[];
  kind: AssignmentKind;
  starts_at: Date;
  due_at: Date;
  question_count: number;
  time_limit: number | null;
  total_cards: number;
  reviewed_cards: number;
  attempt_id: string | null;
  submitted_at: Date | null;
  score: number | null;
};

/**
 * The live assignments of every class the student is in, soonest due first, with their own
 * progress derived from their review logs and their one attempt. Only `userId`'s rows are read.
 */
export async function getStudentAssignments(db: Db, userId: string, now: Date): Promise<{ timeZone: string; assignments: StudentAssignment[] }> {
  const [settings, rows] = await Promise.all([
    db.studySettings.findUnique({ where: { userId }, select: { timeZone: true } }),
    db.$queryRaw<Row[]>`
      with mine as (
        select a.id, a."classId" as class_id, c.name as class_name, ts.name as set_name, ts."topicIds" as topic_ids,
          a.kind::text as kind, a."startsAt" as starts_at, a."dueAt" as due_at,
          cardinality(a."questionIds")::int as question_count, a."timeLimitMinutes" as time_limit
        from "ClassMember" m
        join "Class" c on c.id = m."classId"
        join "Assignment" a on a."classId" = c.id and a."archivedAt" is null
        join "TopicSet" ts on ts.id = a."topicSetId"
        where m."studentId" = ${userId}
      ),
      set_cards as (
        select mine.id as assignment_id, f.id as card_id
        from mine join "Flashcard" f on f."topicId" = any(mine.topic_ids) and f."retiredAt" is null and f."ownerId" is null
      ),
      reviewed as (
        select distinct rl."cardId" as card_id from "ReviewLog" rl where rl."userId" = ${userId} and rl."undoneAt" is null
      ),
      counts as (
        select sc.assignment_id, count(*)::int as total_cards, count(r.card_id)::int as reviewed_cards
        from set_cards sc left join reviewed r on r.card_id = sc.card_id
        group by sc.assignment_id
      )
      select mine.*, coalesce(counts.total_cards, 0) as total_cards, coalesce(counts.reviewed_cards, 0) as reviewed_cards,
        t.id as attempt_id, t."submittedAt" as submitted_at, t.score
      from mine
      left join counts on counts.assignment_id = mine.id
      left join lateral (
        select x.id, x."submittedAt", x.score from "Attempt" x
        where x."userId" = ${userId} and x."assignmentId" = mine.id
        order by x."startedAt", x.id limit 1
      ) t on true
      order by mine.due_at, mine.id`,
  ]);
  return {
    timeZone: canonicalTimeZone(settings?.timeZone ?? DEFAULT_TIME_ZONE),
    assignments: rows.map((r) => ({
      id: r.id,
      classId: r.class_id,
      className: r.class_name,
      topicSetName: r.set_name,
      topicIds: r.topic_ids,
      kind: r.kind,
      startsAt: r.starts_at,
      dueAt: r.due_at,
      questionCount: r.question_count,
      timeLimitMinutes: r.time_limit,
      attemptId: r.attempt_id,
      reviewHref: r.topic_ids.length === 1 ? `/review?topic=${encodeURIComponent(r.topic_ids[0]!)}` : "/review",
      progress: assignmentProgress(
        {
          kind: r.kind,
          startsAt: r.starts_at,
          dueAt: r.due_at,
          totalCards: r.total_cards,
          reviewedCards: r.reviewed_cards,
          questionCount: r.question_count,
          attempt: r.attempt_id ? { submittedAt: r.submitted_at, score: r.score } : null,
        },
        now,
      ),
    })),
  };
}
