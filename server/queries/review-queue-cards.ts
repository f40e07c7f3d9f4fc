import "server-only";
import type { Db } from "@/server/db";
import type { CardKind, CardState } from "@/server/generated/prisma/client";

type StateColumns = Pick<
  CardState,
  "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "lastReview" | "version" | "flagged" | "needsRelearn"
>;

export interface QueueCardRow {
  id: string;
  kind: CardKind;
  front: string;
  back: string;
  hint: string | null;
  factIds: string[];
  topicId: string;
  topicTitle: string;
  /** This student's full state of the card; null for a card never answered nor flagged. */
  state: StateColumns | null;
}

type Flat = Omit<QueueCardRow, "state"> & Partial<StateColumns> & { hasState: boolean };

/** The cards about to be shown, in one round trip: front, back, topic, and this student's state of each. */
export async function findQueueCards(db: Db, userId: string, cardIds: string[]): Promise<QueueCardRow[]> {
  if (cardIds.length === 0) return [];
  const rows = await db.$queryRaw<Flat[]>`
    SELECT f.id, f.kind, f.front, f.back, f.hint, f."factIds", f."topicId", t.title AS "topicTitle",
           cs."userId" IS NOT NULL AS "hasState", cs.state, cs.due, cs.stability, cs.difficulty, cs."elapsedDays",
           cs."scheduledDays", cs."learningSteps", cs.reps, cs.lapses, cs."lastReview", cs.version, cs.flagged, cs."needsRelearn"
    FROM "Flashcard" f
    JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = ${userId}
    WHERE f.id = ANY(${cardIds})`;
  return rows.map(({ id, kind, front, back, hint, factIds, topicId, topicTitle, hasState, ...state }) => ({
    id,
    kind,
    front,
    back,
    hint,
    factIds,
    topicId,
    topicTitle,
    state: hasState ? (state as StateColumns) : null,
  }));
}
