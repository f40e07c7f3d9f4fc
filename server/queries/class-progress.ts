import "server-only";
import type { Db } from "@/server/db";
import type { ClassTableData, DashboardCell, DashboardStudent } from "@/lib/classes/class-table";
import type { ClassOverview } from "./class-overview";

type Row = {
  id: string;
  name: string;
  email: string;
  due: number;
  overdue: number;
  last_active: Date | null;
  assignment_id: string | null;
  reviewed: number;
  attempt_id: string | null;
  submitted_at: Date | null;
  score: number | null;
};

/**
 * Everything the class table needs in one aggregate query: a row per student and live
 * assignment with the cards they have reviewed in its set since joining (distinct cards with a
 * review that was not undone), their attempt, and per student the cards due now, due before today
 * (overdue) and their last activity. Ownership is part of the query (`teacherId`), so a
 * class that is not the caller's yields no rows at all. `studentId` narrows it to one student.
 */
async function progressRows(db: Db, teacherId: string, classId: string, now: Date, startOfToday: Date, studentId: string | null): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    with members as (
      select u.id, u.name, u.email, u."lastActiveAt", m."joinedAt" as joined_at
      from "ClassMember" m
      join "Class" c on c.id = m."classId"
      join "User" u on u.id = m."studentId"
      where m."classId" = ${classId} and c."teacherId" = ${teacherId}
        and (${studentId}::text is null or m."studentId" = ${studentId}::text)
    ),
    assignments as (
      select a.id, ts."topicIds" as topic_ids
      from "Assignment" a
      join "Class" c on c.id = a."classId"
      join "TopicSet" ts on ts.id = a."topicSetId"
      where a."classId" = ${classId} and c."teacherId" = ${teacherId} and a."archivedAt" is null
    ),
    set_cards as (
      select a.id as assignment_id, f.id as card_id
      from assignments a
      join "Flashcard" f on f."topicId" = any(a.topic_ids) and f."retiredAt" is null and f."ownerId" is null
    ),
    reviewed_cards as (
      select distinct rl."userId" as student_id, rl."cardId" as card_id
      from "ReviewLog" rl
      join members on members.id = rl."userId"
      where rl."undoneAt" is null and rl."cardId" in (select card_id from set_cards)
        and rl."reviewedAt" >= members.joined_at
    ),
    reviewed as (
      select sc.assignment_id, rc.student_id, count(*)::int as n
      from reviewed_cards rc
      join set_cards sc on sc.card_id = rc.card_id
      group by sc.assignment_id, rc.student_id
    ),
    attempts as (
      select distinct on (t."userId", t."assignmentId")
        t."userId" as student_id, t."assignmentId" as assignment_id, t.id, t."submittedAt", t.score
      from "Attempt" t
      join members on members.id = t."userId"
      where t."assignmentId" in (select id from assignments)
      order by t."userId", t."assignmentId", t."startedAt", t.id
    ),
    cards as (
      select cs."userId" as student_id,
        count(*) filter (where cs.due <= ${now}::timestamp)::int as due,
        count(*) filter (where cs.due < ${startOfToday}::timestamp)::int as overdue
      from "CardState" cs
      join members on members.id = cs."userId"
      -- Personal cards are private: a teacher sees neither them nor their due counts (note 014).
      join "Flashcard" f on f.id = cs."cardId" and f."retiredAt" is null and f."ownerId" is null
      where cs.state <> 'new' and not cs.suspended
      group by cs."userId"
    ),
    activity as (
      select s.id as student_id,
        (select max(rl."reviewedAt") from "ReviewLog" rl join "Flashcard" f on f.id = rl."cardId" and f."ownerId" is null
          where rl."userId" = s.id) as last_review,
        (select max(t."startedAt") from "Attempt" t where t."userId" = s.id) as last_attempt
      from members s
    )
    select m.id, m.name, m.email,
      coalesce(cards.due, 0) as due,
      coalesce(cards.overdue, 0) as overdue,
      greatest(m."lastActiveAt", act.last_review, act.last_attempt) as last_active,
      a.id as assignment_id,
      coalesce(r.n, 0) as reviewed,
      t.id as attempt_id, t."submittedAt" as submitted_at, t.score
    from members m
    left join cards on cards.student_id = m.id
    left join activity act on act.student_id = m.id
    left join assignments a on true
    left join reviewed r on r.student_id = m.id and r.assignment_id = a.id
    left join attempts t on t.student_id = m.id and t.assignment_id = a.id
    order by lower(m.name), m.id, a.id`;
}

/** Live catalogue cards per topic (never a student's personal ones), to size each assignment's review part. */
async function cardsPerTopic(db: Db, topicIds: string[]): Promise<Map<string, number>> {
  if (topicIds.length === 0) return new Map();
  const groups = await db.flashcard.groupBy({ by: ["topicId"], where: { topicId: { in: topicIds }, retiredAt: null, ownerId: null }, _count: { _all: true } });
  return new Map(groups.flatMap((g) => (g.topicId === null ? [] : [[g.topicId, g._count._all] as const])));
}

export async function getClassProgress(db: Db, teacherId: string, overview: ClassOverview, now: Date, studentId: string | null = null): Promise<ClassTableData> {
  const live = overview.assignments.filter((a) => a.archivedAt === null);
  const [rows, perTopic] = await Promise.all([
    progressRows(db, teacherId, overview.id, now, overview.startOfToday, studentId),
    cardsPerTopic(db, [...new Set(live.flatMap((a) => a.topicIds))]),
  ]);
  const students = new Map<string, DashboardStudent>();
  const cells: DashboardCell[] = [];
  for (const row of rows) {
    if (!students.has(row.id)) {
      students.set(row.id, { id: row.id, name: row.name, email: row.email, cardsDue: row.due, cardsOverdue: row.overdue, lastActive: row.last_active });
    }
    if (row.assignment_id === null) continue;
    cells.push({
      studentId: row.id,
      assignmentId: row.assignment_id,
      reviewedCards: row.reviewed,
      attempt: row.attempt_id ? { id: row.attempt_id, submittedAt: row.submitted_at, score: row.score } : null,
    });
  }
  return {
    assignments: live.map((a) => ({
      id: a.id,
      topicSetName: a.topicSetName,
      kind: a.kind,
      startsAt: a.startsAt,
      dueAt: a.dueAt,
      questionCount: a.questionCount,
      totalCards: a.topicIds.reduce((sum, t) => sum + (perTopic.get(t) ?? 0), 0),
    })),
    students: [...students.values()],
    cells,
  };
}
