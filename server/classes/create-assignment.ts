import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { buildMockTest } from "@/lib/quiz/build-mock-test";
import { hasReview, hasTest, type CreateAssignmentInput } from "@/lib/classes/inputs";
import { noClass, noTopicSet } from "./not-found";
import { practicePool } from "./question-pool";

export type CreatedAssignment = { id: string; classId: string; kind: CreateAssignmentInput["kind"]; questionIds: string[]; startsAt: Date; dueAt: Date };

/**
 * Gives one of the teacher's topic sets to one of their classes. The test questions are chosen
 * once, here, seeded by the assignment id, and stored: every student sits the same test, and
 * later content changes cannot alter it. One transaction, so a failure leaves nothing behind.
 */
export async function createAssignment(db: Db, teacherId: string, classId: string, input: CreateAssignmentInput, now: Date): Promise<CreatedAssignment> {
  if (input.dueAt.getTime() <= now.getTime()) {
    throw new AppError("invalid_input", "The due date has already passed. Choose a date in the future.", { field: "dueAt" });
  }
  return db.$transaction(async (tx) => {
    const owned = await tx.class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
    if (!owned) throw noClass();
    const set = await tx.topicSet.findFirst({ where: { id: input.topicSetId, teacherId }, select: { topicIds: true, questionIds: true } });
    if (!set) throw noTopicSet();
    if (set.topicIds.length === 0) throw new AppError("invalid_input", "This topic set is empty. Add topics to it first.", { field: "topicSetId" });

    if (hasReview(input.kind)) {
      const cards = await tx.flashcard.count({ where: { topicId: { in: set.topicIds }, retiredAt: null, ownerId: null } });
      if (cards === 0) {
        throw new AppError("invalid_input", "The topics in this set have no flashcards yet, so there is nothing to review. Choose practice only, or another set.", { field: "kind" });
      }
    }
    const count = hasTest(input.kind) ? (input.questionCount ?? 0) : 0;
    const pool = count > 0 ? await practicePool(tx, set) : [];
    if (pool.length < count) {
      throw new AppError(
        "invalid_input",
        `This topic set has ${pool.length === 1 ? "only 1 prelims question" : `only ${pool.length} prelims questions`}, so a ${count}-question test cannot be built. Ask for fewer questions.`,
        { field: "questionCount", available: pool.length },
      );
    }

    const created = await tx.assignment.create({
      data: {
        classId,
        topicSetId: input.topicSetId,
        kind: input.kind,
        startsAt: input.startsAt,
        dueAt: input.dueAt,
        timeLimitMinutes: count > 0 ? (input.timeLimitMinutes ?? null) : null,
        createdAt: now,
      },
      select: { id: true },
    });
    const questionIds = count > 0 ? buildMockTest(pool, { topicIds: set.topicIds, count, seed: created.id }).map((q) => q.id) : [];
    if (questionIds.length > 0) await tx.assignment.update({ where: { id: created.id }, data: { questionIds } });
    return { id: created.id, classId, kind: input.kind, questionIds, startsAt: input.startsAt, dueAt: input.dueAt };
  });
}
