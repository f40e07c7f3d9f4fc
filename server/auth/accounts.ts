import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SignInInput, SignUpInput } from "@/lib/auth/credentials";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { hashPassword, verifyPassword, UNUSABLE_PASSWORD_HASH } from "./password";
import { BusyError } from "./scrypt-gate";
import {
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_IP,
  SIGN_IN_PER_IP,
  SIGN_UP_PER_IP,
  clearHits,
  consumeLimits,
  releaseHits,
  type WindowRule,
} from "./rate-limit";

export type SessionUser = { id: string; email: string; name: string; role: "student" | "teacher" | "editor" };

const EMAIL_TAKEN = "An account with this email already exists.";

/**
 * Creates an account. Cheap refusals come first (the per-IP limit, then a duplicate email), so
 * only a request that can succeed spends a scrypt call; the scrypt gate bounds the rest.
 */
export async function registerUser(
  db: Db,
  input: SignUpInput,
  ip: string,
  now: Date,
  perIp: WindowRule = SIGN_UP_PER_IP,
): Promise<SessionUser> {
  await consumeLimits(db, [{ rule: perIp, key: ip, refusal: (wait) => `Too many new accounts from your network. Try again in ${wait}.` }], now);
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new AppError("conflict", EMAIL_TAKEN, { field: "email" });
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash, settings: { create: {} } },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    // Two sign-ups with one email at once: the unique index lets one in.
    if (isUniqueViolation(error)) throw new AppError("conflict", EMAIL_TAKEN, { field: "email" });
    throw error;
  }
}

const WRONG_CREDENTIALS = "That email and password do not match an account.";

/**
 * Checks credentials under three limits (docs/decisions/009-sign-in-throttling-and-sessions.md): exponential
 * backoff per account and address, a window per address across accounts, and a ceiling per
 * account across addresses. Every attempt is counted before scrypt runs, atomically, so parallel
 * guesses cannot all slip under the limit; a success takes its own hits back and clears the
 * backoff of that account from that address.
 */
export async function authenticate(db: Db, input: SignInInput, ip: string, now: Date): Promise<SessionUser> {
  const hits = await consumeLimits(
    db,
    [
      { rule: SIGN_IN_PER_ACCOUNT_IP, key: accountIpKey(input.email, ip), refusal: (wait) => `Too many failed sign-in attempts. Try again in ${wait}.` },
      { rule: SIGN_IN_PER_IP, key: ip, refusal: (wait) => `Too many failed sign-in attempts from your network. Try again in ${wait}.` },
      {
        rule: SIGN_IN_PER_ACCOUNT,
        key: input.email,
        refusal: (wait) => `Too many failed sign-in attempts for this account from many places. Try again in ${wait}.`,
      },
    ],
    now,
  );
  let user: (SessionUser & { passwordHash: string }) | null;
  let valid: boolean;
  try {
    user = await db.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, name: true, role: true, passwordHash: true },
    });
    valid = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH);
  } catch (error) {
    // Turned away before checking anything: the attempt does not count against anyone.
    if (error instanceof BusyError) await releaseHits(db, hits);
    throw error;
  }
  if (!user || !valid) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  await releaseHits(db, hits);
  await clearHits(db, SIGN_IN_PER_ACCOUNT_IP, accountIpKey(input.email, ip));
  const { passwordHash: _omitted, ...sessionUser } = user;
  return sessionUser;
}

function accountIpKey(email: string, ip: string): string {
  return `${email} ${ip}`;
}
