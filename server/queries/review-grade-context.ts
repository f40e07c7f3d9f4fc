import "server-only";
import { DEFAULT_STUDY_SETTINGS, parseStudySettings, type StudySettings } from "@/lib/srs";
import type { Db } from "@/server/db";
import type { DeferredSession } from "@/server/auth/access";
import { sessionColumnsSql, type SessionRow } from "@/server/auth/sessions";
import { Prisma, type CardState } from "@/server/generated/prisma/client";
import { cardVisibleToUserSql } from "@/server/reviews/card-access";

type StateColumns = Pick<
  CardState,
  | "state" | "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps"
  | "reps" | "lapses" | "lastReview" | "version" | "suspended" | "needsRelearn"
>;

interface ContextRow extends Partial<SessionRow>, StateColumns {
  userId: string;
  cardFound: boolean | null;
  retiredAt: Date | null;
  hasState: boolean | null;
  /** The whole StudySettings row as JSON (less its keys and dates), so a column added there arrives here too. */
  settings: Record<string, unknown> | null;
}

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
 */
export async function findGradeContext(db: Db, caller: string | DeferredSession, cardId: string): Promise<GradeContext | null> {
  const bySession = typeof caller !== "string";
  const who = bySession
    ? Prisma.sql`${sessionColumnsSql("s", "u")}, u.id AS "userId" FROM "Session" s JOIN "User" u ON u.id = s."userId"`
    : Prisma.sql`u.id AS "userId" FROM "User" u`;
  const [row] = await db.$queryRaw<ContextRow[]>`
    SELECT c."cardFound", c."retiredAt", c."hasState", c.state, c.due, c.stability, c.difficulty, c."elapsedDays",
           c."scheduledDays", c."learningSteps", c.reps, c.lapses, c."lastReview", c.version, c.suspended, c."needsRelearn",
           to_jsonb(ss) - 'userId' - 'updatedAt' - 'examDate' AS settings, ${who}
    LEFT JOIN LATERAL (
      SELECT true AS "cardFound", f."retiredAt", cs."userId" IS NOT NULL AS "hasState",
             cs.state, cs.due, cs.stability, cs.difficulty, cs."elapsedDays", cs."scheduledDays", cs."learningSteps",
             cs.reps, cs.lapses, cs."lastReview", cs.version, cs.suspended, cs."needsRelearn"
      FROM "Flashcard" f
      LEFT JOIN "CardState" cs ON cs."cardId" = f.id AND cs."userId" = u.id
      WHERE f.id = ${cardId} AND ${cardVisibleToUserSql(Prisma.sql`u.id`)}
    ) c ON true
    LEFT JOIN "StudySettings" ss ON ss."userId" = u.id
    WHERE ${bySession ? Prisma.sql`s."tokenHash" = ${caller.tokenHash}` : Prisma.sql`u.id = ${caller}`}`;
  if (!row) return null;
  const { sessionId, createdAt, expiresAt, id, email, name, role, userId, cardFound, retiredAt, hasState, settings, ...state } = row;
  return {
    ...(bySession ? { session: { sessionId: sessionId!, createdAt: createdAt!, expiresAt: expiresAt!, id: id!, email: email!, name: name!, role: role! } } : {}),
    userId,
    card: cardFound ? { retiredAt } : null,
    state: hasState ? state : null,
    settings: settings ? parsedSettings(settings) : DEFAULT_STUDY_SETTINGS,
  };
}

// Most students keep a handful of distinct settings, and parsing them (a time-zone check builds an
// Intl formatter) cost about a quarter of a millisecond of CPU on every grade. Parsed settings are
// immutable values, so identical rows share one.
const parsedSettingsCache = new Map<string, StudySettings>();
function parsedSettings(row: Record<string, unknown>): StudySettings {
  const key = JSON.stringify(row);
  let settings = parsedSettingsCache.get(key);
  if (!settings) {
    settings = Object.freeze(parseStudySettings(row)) as StudySettings;
    if (parsedSettingsCache.size >= 1_000) parsedSettingsCache.clear();
    parsedSettingsCache.set(key, settings);
  }
  return settings;
}
