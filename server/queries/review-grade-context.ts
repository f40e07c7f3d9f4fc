import "server-only";
import { DEFAULT_STUDY_SETTINGS, parseStudySettings, type StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";
import { cardVisibleToUserSql } from "@/server/reviews/card-access";
import type { CardState } from "@/server/generated/prisma/client";

type StateColumns = Pick<
  CardState,
  | "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps"
  | "reps" | "lapses" | "lastReview" | "version" | "suspended" | "needsRelearn"
>;

interface ContextRow extends StateColumns {
  retiredAt: Date | null;
  hasState: boolean;
  hasSettings: boolean;
  desiredRetention: number;
  newCardsPerDay: number;
  maxReviewsPerDay: number;
  settingsLearningSteps: string[];
  relearningSteps: string[];
  timeZone: string;
  dayStartHour: number;
  burySiblings: boolean;
  fsrsParameters: number[];
}

export interface GradeContext {
  retiredAt: Date | null;
  /** This student's state of the card, or null if they never answered (nor flagged) it. */
  state: StateColumns | null;
  settings: StudySettings;
}

/**
 * Everything a grade needs to read, in one round trip: the card (does it exist, is it retired), the
 * student's state of it, and their settings. Null when there is no such card, or it is on a private
 * topic this student may not see, or it is another student's personal card (as if it did not exist).
 */
export async function findGradeContext(db: Db, userId: string, cardId: string): Promise<GradeContext | null> {
  const [row] = await db.$queryRaw<ContextRow[]>`
    SELECT f."retiredAt", cs."userId" IS NOT NULL AS "hasState", ss."userId" IS NOT NULL AS "hasSettings",
           cs.state, cs.due, cs.stability, cs.difficulty, cs."elapsedDays", cs."scheduledDays", cs."learningSteps",
           cs.reps, cs.lapses, cs."lastReview", cs.version, cs.suspended, cs."needsRelearn",
           ss."desiredRetention", ss."newCardsPerDay", ss."maxReviewsPerDay", ss."learningSteps" AS "settingsLearningSteps",
           ss."relearningSteps", ss."timeZone", ss."dayStartHour", ss."burySiblings",
           ss."fsrsParameters"
    FROM "Flashcard" f
    LEFT JOIN "Topic" t ON t.id = f."topicId"
    LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = ${userId}
    LEFT JOIN "StudySettings" ss ON ss."userId" = ${userId}
    WHERE f.id = ${cardId} AND ${cardVisibleToUserSql(userId)}`;
  if (!row) return null;
  const { retiredAt, hasState, hasSettings, settingsLearningSteps, ...rest } = row;
  const { desiredRetention, newCardsPerDay, maxReviewsPerDay, relearningSteps, timeZone, dayStartHour, burySiblings, fsrsParameters, ...state } = rest;
  return {
    retiredAt,
    state: hasState ? state : null,
    settings: hasSettings
      ? parsedSettings({ desiredRetention, newCardsPerDay, maxReviewsPerDay, learningSteps: settingsLearningSteps, relearningSteps, timeZone, dayStartHour, burySiblings, fsrsParameters })
      : DEFAULT_STUDY_SETTINGS,
  };
}

// Most students keep a handful of distinct settings, and parsing them (a time-zone check builds an
// Intl formatter) cost about a quarter of a millisecond of CPU on every grade. Parsed settings are
// immutable values, so identical rows share one.
const parsedSettingsCache = new Map<string, StudySettings>();
function parsedSettings(row: Record<keyof StudySettings, unknown>): StudySettings {
  const key = JSON.stringify(row);
  let settings = parsedSettingsCache.get(key);
  if (!settings) {
    settings = Object.freeze(parseStudySettings(row)) as StudySettings;
    if (parsedSettingsCache.size >= 1_000) parsedSettingsCache.clear();
    parsedSettingsCache.set(key, settings);
  }
  return settings;
}
