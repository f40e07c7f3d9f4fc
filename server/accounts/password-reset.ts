import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/auth/password";
import { deleteAllSessions } from "@/server/auth/sessions";
import { consumeLimits, type WindowRule } from "@/server/auth/rate-limit";

export const RESET_TOKEN_TTL_MS = 30 * 60_000;

// Every request counts, found or not, so the limits say nothing about which emails exist.
export const RESET_REQUEST_PER_EMAIL: WindowRule = { kind: "window", bucket: "password-reset:email", limit: 3, windowMs: 60 * 60_000 };
export const RESET_REQUEST_PER_IP: WindowRule = { kind: "window", bucket: "password-reset:ip", limit: 10, windowMs: 15 * 60_000 };

export const RESET_LINK_UNUSABLE = "This reset link has expired or was already used. Ask for a new one.";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A new one-time reset token for the user; only its hash is stored. Any older unused link of the
 * same user stops working, so at most one is live.
 */
export async function issueResetToken(db: Db, userId: string, issuedById: string | null, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId, usedAt: null } }),
    db.passwordResetToken.create({ data: { tokenHash: hashToken(token), userId, issuedById, createdAt: now, expiresAt } }),
  ]);
  return { token, expiresAt };
}

export function resetUrl(appUrl: string, token: string): string {
  return new URL(`/reset-password?token=${encodeURIComponent(token)}`, appUrl).toString();
}

/**
 * "Forgot password": rate-limited per email and per IP, and silent about whether the email has an
 * account. Returns the link to send when there is one; the caller sends it without waiting, so the
 * answer takes the same time either way.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; appUrl: string },
  now: Date,
): Promise<{ to: string; name: string; url: string } | null> {
  const refusal = (wait: string) => `Too many reset requests. Try again in ${wait}.`;
  await consumeLimits(
    db,
    [
      { rule: RESET_REQUEST_PER_EMAIL, key: input.email, refusal },
      { rule: RESET_REQUEST_PER_IP, key: input.ip, refusal },
    ],
    now,
  );
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true } });
  if (!user) return null;
  const { token } = await issueResetToken(db, user.id, null, now);
  return { to: user.email, name: user.name, url: resetUrl(input.appUrl, token) };
}

/** Whether a link still works, for the reset page to say so before the student types anything. */
export async function resetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && row.usedAt === null && row.expiresAt > now;
}

/**
 * Sets a new password with a reset token. The token is claimed by compare-and-set (usedAt from
 * null), so two submits of one link cannot both succeed; then every session of the user ends.
 */
export async function resetPassword(db: Db, input: { token: string; password: string }, now: Date): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  const tokenHash = hashToken(input.token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("gone", RESET_LINK_UNUSABLE);
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    await deleteAllSessions(tx, userId);
    return { userId };
  });
}
