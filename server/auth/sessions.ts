import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "@/server/generated/prisma/client";
import type { Db, DbTransaction } from "@/server/db";
import type { SessionUser } from "./accounts";

const DAY_MS = 24 * 60 * 60_000;
/** A session unused for this long ends (docs/decisions/009-sign-in-throttling-and-sessions.md, "Sessions"). */
export const SESSION_IDLE_MS = 7 * DAY_MS;
/** No session outlives this, however often it is used: then the password is asked again. */
export const SESSION_MAX_MS = 30 * DAY_MS;
/** Renewal writes at most once a day per session, so reads stay one query. */
export const SESSION_RENEW_AFTER_MS = DAY_MS;

/** What the Session table stores of a cookie's token. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** When the cookie itself should expire: the absolute end; the server enforces the idle end. */
export function sessionCookieExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_MAX_MS);
}

/** A new random session; only its hash is stored, the token goes to the cookie. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({ data: { tokenHash: hashSessionToken(token), userId, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS), createdAt: now } });
  return { token, expiresAt: sessionCookieExpiry(now) };
}

/** A session row as lookups read it, joined to its user. */
export type SessionRow = SessionUser & { sessionId: string; createdAt: Date; expiresAt: Date };

/**
 * Whether a session row is live at `now`, and if its idle deadline is due to move: `expiresAt` is the
 * idle deadline, moved forward (never past the absolute maximum) once a day of use, so renewal costs
 * one more write a day and reads stay one query.
 */
export function sessionVerdict(row: Pick<SessionRow, "createdAt" | "expiresAt">, now: Date): { live: false } | { live: true; renewTo: Date | null } {
  const hardEnd = row.createdAt.getTime() + SESSION_MAX_MS;
  if (row.expiresAt <= now || hardEnd <= now.getTime()) return { live: false };
  const left = row.expiresAt.getTime() - now.getTime();
  // Renewed more than a day ago, or issued under an older, longer rule.
  const due = left < SESSION_IDLE_MS - SESSION_RENEW_AFTER_MS || left > SESSION_IDLE_MS;
  return { live: true, renewTo: due ? new Date(Math.min(now.getTime() + SESSION_IDLE_MS, hardEnd)) : null };
}

/**
 * Checks a session row read by any query (the plain lookup below, or a hot path that folds the lookup
 * into its own read, such as a grade) and renews it when due. Null when there is no live session.
 */
export async function acceptSessionRow(db: Db, row: SessionRow | undefined, now: Date): Promise<SessionUser | null> {
  if (!row) return null;
  const verdict = sessionVerdict(row, now);
  if (!verdict.live) return null;
  if (verdict.renewTo) await db.session.updateMany({ where: { id: row.sessionId }, data: { expiresAt: verdict.renewTo } });
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/**
 * The session's user and role in one statement (an indexed lookup by token hash joined to its user:
 * every authenticated request pays for it).
 */
export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT ${sessionColumnsSql("s", "u")}
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${hashSessionToken(token)}`;
  return acceptSessionRow(db, session, now);
}

/** The columns of a SessionRow, from a "Session" and a "User" row aliased as given. */
export function sessionColumnsSql(session: string, user: string): Prisma.Sql {
  const s = Prisma.raw(`"${session.replace(/"/g, "")}"`);
  const u = Prisma.raw(`"${user.replace(/"/g, "")}"`);
  return Prisma.sql`${s}.id AS "sessionId", ${s}."createdAt", ${s}."expiresAt", ${u}.id, ${u}.email, ${u}.name, ${u}.role::text AS role`;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
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
