import "server-only";
import type { Db, DbTransaction } from "@/server/db";
import { AppError } from "@/server/errors";

/** At most `limit` hits in any `windowMs`. */
export type WindowRule = { kind: "window"; bucket: string; limit: number; windowMs: number };
/**
 * `free` hits in `windowMs` pass at once; after that each hit must wait `baseMs`, doubling with
 * every further hit up to `maxMs`, counted from the latest one.
 */
export type BackoffRule = { kind: "backoff"; bucket: string; free: number; baseMs: number; maxMs: number; windowMs: number };
export type RateLimitRule = WindowRule | BackoffRule;

const MINUTE = 60_000;

/** Guessing one password from one address: 5 at once, then 1, 2, 4 … 60 minutes apart. */
export const SIGN_IN_PER_ACCOUNT_IP: BackoffRule = { kind: "backoff", bucket: "sign-in:account-ip", free: 5, baseMs: MINUTE, maxMs: 60 * MINUTE, windowMs: 24 * 60 * MINUTE };
/** One address spraying many accounts. */
export const SIGN_IN_PER_IP: WindowRule = { kind: "window", bucket: "sign-in:ip", limit: 30, windowMs: 15 * MINUTE };
/** Many addresses guessing one account: the ceiling that a botnet reaches and a single guesser never does. */
export const SIGN_IN_PER_ACCOUNT: WindowRule = { kind: "window", bucket: "sign-in:account", limit: 50, windowMs: 60 * MINUTE };
export const SIGN_UP_PER_IP: WindowRule = { kind: "window", bucket: "sign-up:ip", limit: 10, windowMs: 60 * MINUTE };
export const JOIN_CODE_PER_USER: WindowRule = { kind: "window", bucket: "join-code:user", limit: 10, windowMs: 15 * MINUTE };

/** The longest any rule looks back: older hits can be purged. */
export const LONGEST_WINDOW_MS = Math.max(
  ...[SIGN_IN_PER_ACCOUNT_IP, SIGN_IN_PER_IP, SIGN_IN_PER_ACCOUNT, SIGN_UP_PER_IP, JOIN_CODE_PER_USER].map((rule) => rule.windowMs),
);

/** Milliseconds until `rule` lets one more hit through for `key`, or null when it would pass now. */
async function waitMs(db: Db | DbTransaction, rule: RateLimitRule, key: string, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - rule.windowMs);
  const cap = rule.kind === "window" ? rule.limit : rule.free + 32;
  const hits = await db.rateLimitHit.findMany({
    where: { bucket: rule.bucket, key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: cap,
    select: { createdAt: true },
  });
  if (rule.kind === "window") {
    if (hits.length < rule.limit) return null;
    return hits[hits.length - 1]!.createdAt.getTime() + rule.windowMs - now.getTime();
  }
  if (hits.length < rule.free) return null;
  const delay = Math.min(rule.maxMs, rule.baseMs * 2 ** (hits.length - rule.free));
  const wait = hits[0]!.createdAt.getTime() + delay - now.getTime();
  return wait > 0 ? wait : null;
}

export function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** One rule applied to one key; `refusal` words the error for a wait. */
export type LimitCheck = { rule: RateLimitRule; key: string; refusal: (wait: string) => string };

/**
 * Checks every limit and, if all pass, records one hit under each, atomically: the keys are
 * locked (transaction-scoped advisory locks, taken in one global order so two callers cannot
 * deadlock) before counting, so N parallel callers cannot all read the same count, and exactly
 * the limit gets through. Returns the new hits' ids so a caller whose attempt turned out fine
 * can take them back with `releaseHits`.
 */
export async function consumeLimits(db: Db, checks: readonly LimitCheck[], now: Date): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const lockKeys = [...new Set(checks.map((c) => `${c.rule.bucket} ${c.key}`))].sort();
    for (const lockKey of lockKeys) {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    }
    for (const check of checks) {
      const wait = await waitMs(tx, check.rule, check.key, now);
      if (wait !== null) throw new AppError("rate_limited", check.refusal(minutesText(wait)), { retryAfterSeconds: Math.ceil(wait / 1000) });
    }
    const ids: string[] = [];
    for (const check of checks) {
      const hit = await tx.rateLimitHit.create({ data: { bucket: check.rule.bucket, key: check.key, createdAt: now }, select: { id: true } });
      ids.push(hit.id);
    }
    return ids;
  });
}

export async function releaseHits(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.rateLimitHit.deleteMany({ where: { id: { in: [...ids] } } });
}

/** Minutes until the window frees a slot, or null when under the limit. Reads only. */
export async function retryAfterMinutes(db: Db, rule: RateLimitRule, key: string, now: Date): Promise<number | null> {
  const wait = await waitMs(db, rule, key, now);
  return wait === null ? null : Math.max(1, Math.ceil(wait / MINUTE));
}

export async function recordHit(db: Db, rule: RateLimitRule, key: string, now: Date): Promise<void> {
  await db.rateLimitHit.create({ data: { bucket: rule.bucket, key, createdAt: now } });
}

export async function clearHits(db: Db, rule: RateLimitRule, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key } });
}

/** Hits older than every window no longer decide anything. */
export async function purgeOldHits(db: Db, now: Date): Promise<number> {
  const { count } = await db.rateLimitHit.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LONGEST_WINDOW_MS) } } });
  return count;
}
