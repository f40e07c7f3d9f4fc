import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SignInInput, SignUpInput } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword, UNUSABLE_PASSWORD_HASH } from "./password";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, clearHits, recordHit, retryAfterMinutes } from "./rate-limit";

export type SessionUser = { id: string; email: string; name: string; role: "student" | "teacher" | "editor" };

export async function registerUser(db: Db, input: SignUpInput): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash, settings: { create: {} } },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", { field: "email" });
    }
    throw error;
  }
}

const WRONG_CREDENTIALS = "That email and password do not match an account.";

/**
 * Checks credentials under two sliding windows (per account and per IP); only failures
 * count, and a success clears the account's window.
 */
export async function authenticate(db: Db, input: SignInInput, ip: string, now: Date): Promise<SessionUser> {
  const accountWait = await retryAfterMinutes(db, SIGN_IN_PER_ACCOUNT, input.email, now);
  if (accountWait !== null) {
    throw new AppError("rate_limited", `Too many failed sign-in attempts for this account. Try again in ${plural(accountWait)}.`);
  }
  const ipWait = await retryAfterMinutes(db, SIGN_IN_PER_IP, ip, now);
  if (ipWait !== null) {
    throw new AppError("rate_limited", `Too many failed sign-in attempts from your network. Try again in ${plural(ipWait)}.`);
  }
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  if (!user || !valid) {
    await recordHit(db, SIGN_IN_PER_ACCOUNT, input.email, now);
    await recordHit(db, SIGN_IN_PER_IP, ip, now);
    throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  }
  await clearHits(db, SIGN_IN_PER_ACCOUNT, input.email);
  const { passwordHash: _omitted, ...sessionUser } = user;
  return sessionUser;
}

function plural(minutes: number): string {
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
