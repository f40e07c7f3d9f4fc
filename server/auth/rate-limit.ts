import "server-only";
import type { Db } from "@/server/db";

export type RateLimitRule = { bucket: string; limit: number; windowMs: number };

export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { bucket: "sign-in:account", limit: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_IP: RateLimitRule = { bucket: "sign-in:ip", limit: 30, windowMs: 15 * 60_000 };
export const JOIN_CODE_PER_USER: RateLimitRule = { bucket: "join-code:user", limit: 10, windowMs: 15 * 60_000 };

/** Minutes until the window frees a slot, or null when under the limit. */
export async function retryAfterMinutes(db: Db, rule: RateLimitRule, key: string, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - rule.windowMs);
  const hits = await db.rateLimitHit.findMany({
    where: { bucket: rule.bucket, key, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: rule.limit,
    select: { createdAt: true },
  });
  if (hits.length < rule.limit) return null;
  const oldest = hits[hits.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + rule.windowMs - now.getTime()) / 60_000));
}

export async function recordHit(db: Db, rule: RateLimitRule, key: string, now: Date): Promise<void> {
  await db.rateLimitHit.create({ data: { bucket: rule.bucket, key, createdAt: now } });
}

export async function clearHits(db: Db, rule: RateLimitRule, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: rule.bucket, key } });
}
