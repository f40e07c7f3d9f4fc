import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { noTopicSet } from "./not-found";

/** Deletes an unused topic set. One that assignments point at stays: those assignments need it. */
export async function deleteTopicSet(db: Db, teacherId: string, topicSetId: string): Promise<void> {
  const { count } = await db.topicSet.deleteMany({ where: { id: topicSetId, teacherId, assignments: { none: {} } } });
  if (count > 0) return;
  const used = await db.topicSet.findFirst({ where: { id: topicSetId, teacherId }, select: { _count: { select: { assignments: true } } } });
  if (!used) throw noTopicSet();
  const n = used._count.assignments;
  throw new AppError("conflict", `This topic set is used by ${n === 1 ? "an assignment" : `${n} assignments`}, so it cannot be deleted. Archive those assignments instead; the set can stay.`);
}
