import "server-only";
import type { Db } from "@/server/db";
import { DECAY_WEIGHT_RANGE, RECALL_CURVE } from "@/lib/classes/recall-curve";
import { answerKey } from "./class-answer-key";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";

export type TopicCell = { recall: number | null; cards: number; correct: number; attempted: number };
export type TopicRecall = {
  topics: { id: string; title: string }[];
  /** studentId -> topicId -> cell; a missing cell means nothing studied or answered. */
  byStudent: Map<string, Map<string, TopicCell>>;
  /** Class-wide: recall averaged over every studied card, accuracy over every answer. */
  byTopic: Map<string, TopicCell>;
};

type Row = { student_id: string; topic_id: string; recall: number | null; cards: number | null; correct: number | null; attempted: number | null };

/**
 * What the join notice promises the student, and no more: only topics this class has been
 * assigned, and only activity since the student joined (a card counts if reviewed since then, an
 * answer if its attempt started since then).
 * Per student and topic, in one query: mean FSRS retrievability of their studied cards, computed
 * in SQL as R = (1 + FACTOR * t / S) ^ DECAY (t in fractional days since the last review) on the
 * student's own forgetting curve: DECAY = -w[20] of their optimized FSRS-6 weights, clipped as ts-fsrs
 * clips it, FACTOR = 0.9 ^ (1 / DECAY) - 1 rounded to 8 places as ts-fsrs rounds it; ts-fsrs's
 * defaults (passed as parameters) for a student with no weights. The curve is worked out once per
 * member in `members`, not per card state. Practice accuracy comes from answered questions of
 * submitted attempts (a question counts for each of its topics).
 * date_part (float8), not extract (numeric): numeric maths over every card state is several times slower.
 */
async function topicRows(db: Db, teacherId: string, classId: string, now: Date, studentId: string | null): Promise<Row[]> {
  const key = await answerKey(db);
  const { factor, decay, minStability } = RECALL_CURVE;
  const [lowestDecayWeight, highestDecayWeight] = DECAY_WEIGHT_RANGE;
  return db.$queryRaw<Row[]>`
    with member_weights as (
      select m."studentId" as id, m."joinedAt" as joined_at,
        -- w[20] (SQL arrays count from 1); null when the student has no settings or no optimized weights.
        -- The CASE keeps that null: greatest() and least() skip nulls and would return the bound instead.
        case when s."fsrsParameters"[21] is not null
          then least(greatest(s."fsrsParameters"[21], ${lowestDecayWeight}::float8), ${highestDecayWeight}::float8) end as decay_weight
      from "ClassMember" m
      join "Class" c on c.id = m."classId"
      left join "StudySettings" s on s."userId" = m."studentId"
      where m."classId" = ${classId} and c."teacherId" = ${teacherId}
        and (${studentId}::text is null or m."studentId" = ${studentId}::text)
    ),
    members as (
      select id, joined_at,
        coalesce(-decay_weight, ${decay}::float8) as decay,
        coalesce(round((exp((1.0::float8 / -decay_weight) * ln(0.9::float8)) - 1)::numeric, 8)::float8, ${factor}::float8) as factor
      from member_weights
    ),
    assigned as (
      select distinct unnest(ts."topicIds") as topic_id
      from "Assignment" a
      join "TopicSet" ts on ts.id = a."topicSetId"
      where a."classId" = ${classId}
    ),
    recall as (
      select cs."userId" as student_id, f."topicId" as topic_id,
        avg(power(
          1 + members.factor * greatest(0, date_part('epoch', ${now}::timestamp - cs."lastReview") / 86400.0::float8)
            / greatest(cs.stability, ${minStability}::float8),
          members.decay))::float8 as recall,
        count(*)::int as cards
      from "CardState" cs
      join members on members.id = cs."userId"
      -- Catalogue cards only: a student's personal cards are private (docs/decisions/014-personal-cards.md).
      join "Flashcard" f on f.id = cs."cardId" and f."retiredAt" is null and f."ownerId" is null
      join assigned on assigned.topic_id = f."topicId"
      where cs.state <> 'new' and cs."lastReview" is not null and not cs.suspended
        and cs."lastReview" >= members.joined_at
      group by cs."userId", f."topicId"
    ),
    answer_key as (
      select * from unnest(${key.questionIds}::text[], ${key.correctIndexes}::int[]) as k(question_id, correct_index)
    ),
    practice as (
      select t."userId" as student_id, topic.id as topic_id,
        count(*) filter (where aa."chosenIndex" = k.correct_index)::int as correct,
        count(*)::int as attempted
      from "Attempt" t
      join members on members.id = t."userId"
      join "AttemptAnswer" aa on aa."attemptId" = t.id and aa."chosenIndex" is not null
      join answer_key k on k.question_id = aa."questionId"
      join "Question" q on q.id = aa."questionId"
      cross join lateral unnest(q."topicIds") as topic(id)
      join assigned on assigned.topic_id = topic.id
      where t."submittedAt" is not null and t."startedAt" >= members.joined_at
      group by t."userId", topic.id
    )
    select coalesce(r.student_id, p.student_id) as student_id, coalesce(r.topic_id, p.topic_id) as topic_id,
      r.recall, r.cards, p.correct, p.attempted
    from recall r
    full join practice p on p.student_id = r.student_id and p.topic_id = r.topic_id`;
}

export async function getClassTopicRecall(db: Db, teacherId: string, classId: string, now: Date, studentId: string | null = null): Promise<TopicRecall> {
  const [topics, rows] = await Promise.all([
    db.topic.findMany({ where: { retiredAt: null, ...visibleTopics(await privateTopicIdsFor(db, { id: teacherId })) }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
    topicRows(db, teacherId, classId, now, studentId),
  ]);
  const byStudent = new Map<string, Map<string, TopicCell>>();
  const sums = new Map<string, { recallSum: number; cards: number; correct: number; attempted: number }>();
  for (const row of rows) {
    const cell: TopicCell = { recall: row.recall, cards: row.cards ?? 0, correct: row.correct ?? 0, attempted: row.attempted ?? 0 };
    let perTopic = byStudent.get(row.student_id);
    if (!perTopic) byStudent.set(row.student_id, (perTopic = new Map()));
    perTopic.set(row.topic_id, cell);
    const sum = sums.get(row.topic_id) ?? { recallSum: 0, cards: 0, correct: 0, attempted: 0 };
    sum.recallSum += (cell.recall ?? 0) * cell.cards;
    sum.cards += cell.cards;
    sum.correct += cell.correct;
    sum.attempted += cell.attempted;
    sums.set(row.topic_id, sum);
  }
  const byTopic = new Map<string, TopicCell>();
  for (const [topicId, s] of sums) {
    byTopic.set(topicId, { recall: s.cards > 0 ? s.recallSum / s.cards : null, cards: s.cards, correct: s.correct, attempted: s.attempted });
  }
  return { topics, byStudent, byTopic };
}
