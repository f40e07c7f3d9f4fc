import "server-only";
import type { Db } from "@/server/db";
import type { CardKind, CardState } from "@/server/generated/prisma/client";
import { NO_TOPIC_TITLE } from "@/server/reviews/card-access";

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
  /** Null for a personal card attached to no topic. */
  topicId: string | null;
  topicTitle: string;
  /** The student's own card. */
  personal: boolean;
  /** This student's full state of the card; null for a card never answered nor flagged. */
  state: StateColumns | null;
}

type Flat = Omit<QueueCardRow, "state"> & Partial<StateColumns> & { hasState: boolean };

/**
 * The cards about to be shown, in one round trip: front, back, topic, and this student's state of each.
 * The ids come from this student's queue; another student's personal card is still never read.
 */
export async function findQueueCards(db: Db, userId: string, cardIds: string[]): Promise<QueueCardRow[]> {
  if (cardIds.length === 0) return [];
  const rows = await db.$queryRaw<Flat[]>`
    SELECT f.id, f.kind, f.front, f.back, f.hint, f."factIds", f."topicId", coalesce(t.title, ${NO_TOPIC_TITLE}) AS "topicTitle",
           f."ownerId" IS NOT NULL AS personal,
           cs."userId" IS NOT NULL AS "hasState", cs.state, cs.due, cs.stability, cs.difficulty, cs."elapsedDays",
           cs."scheduledDays", cs."learningSteps", cs.reps, cs.lapses, cs."lastReview", cs.version, cs.flagged, cs."needsRelearn"
    FROM "Flashcard" f
    LEFT JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = ${userId}
    WHERE f.id = ANY(${cardIds}) AND (f."ownerId" IS NULL OR f."ownerId" = ${userId})`;
  return rows.map(({ id, kind, front, back, hint, factIds, topicId, topicTitle, personal, hasState, ...state }) => ({
    id,
    kind,
    front,
    back,
    hint,
    factIds,
    topicId,
    topicTitle,
    personal,
    state: hasState ? (state as StateColumns) : null,
  }));
}
