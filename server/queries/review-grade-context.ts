import "server-only";
import { DEFAULT_STUDY_SETTINGS, parseStudySettings, type StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";
import type { DeferredSession } from "@/server/auth/access";
import type { SessionRow } from "@/server/auth/sessions";
import { dateFromEpochMs, epochMs, runPrepared } from "@/server/db/plain-sql";
import { Prisma, type CardStage, type CardState } from "@/server/generated/prisma/client";
import { cardVisibleToUserSql } from "@/server/reviews/card-access";

type StateColumns = Pick<
  CardState,
  | "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps"
  | "reps" | "lapses" | "lastReview" | "version" | "suspended" | "needsRelearn"
>;

export interface GradeContext {
  /** The session row, when the caller was a session cookie the route did not look up (a deferred session). */
  session?: SessionRow;
  userId: string;
  /** Null when there is no such card, or it is on a private topic this student may not see (as if it did not exist). */
  card: { retiredAt: Date | null } | null;
  /** This student's state of the card, or null if they never answered (nor flagged) it. */
  state: StateColumns | null;
  settings: StudySettings;
}

/**
 * Everything a grade reads, in one round trip: who is calling (the session by its token hash and its
 * user, or a user id a trusted caller already knows), the card (does it exist, is it retired, may this
 * user see it), the user's state of it, and their settings. Every lookup is by primary or unique key.
 * Null when there is no such session or user. The card's own text is not needed to grade, so nothing
 * is cached: the card row is one more index probe in the same statement, and caching its retirement
 * or topic would need invalidating across instances when content is synced.
 *
 * It runs every answer, so it is a prepared statement outside Prisma's query layer (runPrepared).
 */
export async function findGradeContext(db: Db, caller: string | DeferredSession, cardId: string): Promise<GradeContext | null> {
  const bySession = typeof caller !== "string";
  const who = bySession
    ? Prisma.sql`s.id AS "sessionId", ${epochMs('s."createdAt"')} AS "createdAt", ${epochMs('s."expiresAt"')} AS "expiresAt",
                 u.email, u.name, u.role::text AS role, u.id AS "userId" FROM "Session" s JOIN "User" u ON u.id = s."userId"`
    : Prisma.sql`u.id AS "userId" FROM "User" u`;
  const [row] = await runPrepared(
    db,
    bySession ? "grade_context_by_session" : "grade_context_by_user",
    Prisma.sql`
    SELECT c."cardFound", ${epochMs('c."retiredAt"')} AS "retiredAt", c."hasState", c.state::text AS state, ${epochMs("c.due")} AS due,
           c.stability, c.difficulty, c."elapsedDays", c."scheduledDays", c."learningSteps", c.reps, c.lapses,
           ${epochMs('c."lastReview"')} AS "lastReview", c.version, c.suspended, c."needsRelearn",
           (to_jsonb(ss) - 'userId' - 'updatedAt' - 'examDate')::text AS settings, ${who}
    LEFT JOIN LATERAL (
      SELECT true AS "cardFound", f."retiredAt", cs."userId" IS NOT NULL AS "hasState",
             cs.state, cs.due, cs.stability, cs.difficulty, cs."elapsedDays", cs."scheduledDays", cs."learningSteps",
             cs.reps, cs.lapses, cs."lastReview", cs.version, cs.suspended, cs."needsRelearn"
      FROM "Flashcard" f
      LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = u.id
      WHERE f.id = ${cardId} AND ${cardVisibleToUserSql(Prisma.sql`u.id`)}
    ) c ON true
    LEFT JOIN "StudySettings" ss ON ss."userId" = u.id
    WHERE ${bySession ? Prisma.sql`s."tokenHash" = ${caller.tokenHash}` : Prisma.sql`u.id = ${caller}`}`,
  );
  if (!row) return null;
  const userId = String(row.userId);
  return {
    ...(bySession
      ? {
          session: {
            sessionId: String(row.sessionId),
            createdAt: dateFromEpochMs(row.createdAt)!,
            expiresAt: dateFromEpochMs(row.expiresAt)!,
            id: userId,
            email: String(row.email),
            name: String(row.name),
            role: row.role as SessionRow["role"],
          },
        }
      : {}),
    userId,
    card: row.cardFound ? { retiredAt: dateFromEpochMs(row.retiredAt) } : null,
    state: row.hasState ? stateFrom(row) : null,
    settings: typeof row.settings === "string" ? parsedSettings(row.settings) : DEFAULT_STUDY_SETTINGS,
  };
}

function stateFrom(row: Record<string, unknown>): StateColumns {
  return {
    state: row.state as CardStage,
    due: dateFromEpochMs(row.due)!,
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsedDays),
    scheduledDays: Number(row.scheduledDays),
    learningSteps: Number(row.learningSteps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    lastReview: dateFromEpochMs(row.lastReview),
    version: Number(row.version),
    suspended: row.suspended === true,
    needsRelearn: row.needsRelearn === true,
  };
}

// Most students keep a handful of distinct settings, and parsing them (a time-zone check builds an
// Intl formatter) cost about a quarter of a millisecond of CPU on every grade. Parsed settings are
// immutable values, so identical rows (the same JSON text) share one.
const parsedSettingsCache = new Map<string, StudySettings>();
function parsedSettings(json: string): StudySettings {
  let settings = parsedSettingsCache.get(json);
  if (!settings) {
    settings = Object.freeze(parseStudySettings(JSON.parse(json) as Record<string, unknown>)) as StudySettings;
    if (parsedSettingsCache.size >= 1_000) parsedSettingsCache.clear();
    parsedSettingsCache.set(json, settings);
  }
  return settings;
}
