import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db, DbTransaction } from "@/server/db";
import type { SessionUser } from "./accounts";

const DAY_MS = 24 * 60 * 60_000;
/** A session unused for this long ends (docs/decisions/009-sign-in-throttling-and-sessions.md, "Sessions"). */
export const SESSION_IDLE_MS = 7 * DAY_MS;
/** No session outlives this, however often it is used: then the password is asked again. */
export const SESSION_MAX_MS = 30 * DAY_MS;
/** Renewal writes at most once a day per session, so reads stay one query. */
export const SESSION_RENEW_AFTER_MS = DAY_MS;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** When the cookie itself should expire: the absolute end; the server enforces the idle end. */
export function sessionCookieExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_MAX_MS);
}

/** A new random session; only its hash is stored, the token goes to the cookie. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS), createdAt: now } });
  return { token, expiresAt: sessionCookieExpiry(now) };
}

/**
 * The session's user and role in one statement (an indexed lookup by token hash joined to its user:
 * every authenticated request pays for it). `expiresAt` is the idle deadline: once a day of use
 * moves it forward (never past the absolute maximum), costing one more write that day.
 */
export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const [session] = await db.$queryRaw<(SessionUser & { sessionId: string; createdAt: Date; expiresAt: Date })[]>`
    SELECT s.id AS "sessionId", s."createdAt", s."expiresAt", u.id, u.email, u.name, u.role::text AS role
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${hashToken(token)}`;
  if (!session) return null;
  const hardEnd = session.createdAt.getTime() + SESSION_MAX_MS;
  if (session.expiresAt <= now || hardEnd <= now.getTime()) return null;
  const left = session.expiresAt.getTime() - now.getTime();
  // Renewed more than a day ago, or issued under an older, longer rule.
  if (left < SESSION_IDLE_MS - SESSION_RENEW_AFTER_MS || left > SESSION_IDLE_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, hardEnd));
    await db.session.updateMany({ where: { id: session.sessionId }, data: { expiresAt } });
  }
  return { id: session.id, email: session.email, name: session.name, role: session.role };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Signs a user out everywhere (a password reset, "sign out everywhere"); returns how many sessions ended. */
export async function deleteAllSessions(db: Db | DbTransaction, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { createdAt: { lte: new Date(now.getTime() - SESSION_MAX_MS) } }] },
  });
  return count;
}
