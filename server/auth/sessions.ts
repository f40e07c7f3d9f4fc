import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/server/db";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60_000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new random session; only its hash is stored, the token goes to the cookie. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt, createdAt: now } });
  return { token, expiresAt };
}

export async function findSessionUser(db: Db, token: string, now: Date) {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

/** Signs a user out everywhere (a password reset, "sign out everywhere"); returns how many sessions ended. */
export async function deleteAllSessions(db: Db, userId: string): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
