import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { UpdateAssignmentInput } from "@/lib/classes/inputs";
import { noAssignment } from "./not-found";

export type AssignmentState = { id: string; dueAt: Date; archivedAt: Date | null };

/**
 * Moves the due date or archives (and un-archives) an assignment. Nothing about students is
 * stored on the assignment, so their progress is untouched by either.
 */
export async function updateAssignment(db: Db, teacherId: string, classId: string, assignmentId: string, input: UpdateAssignmentInput, now: Date): Promise<AssignmentState> {
  return db.$transaction(async (tx) => {
    const where = { id: assignmentId, classId, class: { teacherId } };
    const current = await tx.assignment.findFirst({ where, select: { startsAt: true, archivedAt: true } });
    if (!current) throw noAssignment();
    if (input.dueAt && input.dueAt.getTime() <= current.startsAt.getTime()) {
      throw new AppError("invalid_input", "The due date must be after the start date.", { field: "dueAt" });
    }
    const archivedAt = input.archived === undefined ? current.archivedAt : input.archived ? (current.archivedAt ?? now) : null;
    await tx.assignment.updateMany({ where, data: { ...(input.dueAt ? { dueAt: input.dueAt } : {}), archivedAt } });
    const updated = await tx.assignment.findFirst({ where, select: { id: true, dueAt: true, archivedAt: true } });
    if (!updated) throw noAssignment();
    return updated;
  });
}
